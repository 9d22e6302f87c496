import { ActionIcon, Button, Group, Slider, Text, Tooltip } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso } from '../../lib/format';
import type { GraphData } from './types';

const DAY = 86_400_000;
const PLAY_STEPS = 60;

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The asOf slider. The replay filters on the nodes' and edges' own dates through the
 * reducers (the same rule as GraphFilter.asOf: begun and not ended), so playing it never
 * refetches nor moves a node.
 */
export function DateSlider({ data, asOf, onChange }: { data: GraphData; asOf: string | null; onChange: (asOf: string | null) => void }) {
  const { t, i18n } = useTranslation();
  const [playing, setPlaying] = useState(false);
  const timer = useRef<number | null>(null);
  const range = useMemo(() => {
    let min = todayIso();
    for (const n of data.nodes) if (n.since && n.since < min) min = n.since;
    for (const e of data.edges) if (e.since && e.since < min) min = e.since;
    const start = Date.parse(min);
    const end = Date.parse(todayIso());
    return { start, days: Math.max(1, Math.round((end - start) / DAY)) };
  }, [data]);

  const value = asOf === null ? range.days : Math.round((Date.parse(asOf) - range.start) / DAY);
  const setDay = (day: number) => onChange(day >= range.days ? null : isoOf(range.start + day * DAY));

  useEffect(() => {
    if (!playing) return;
    let day = 0;
    const step = Math.max(1, Math.ceil(range.days / PLAY_STEPS));
    timer.current = window.setInterval(() => {
      day += step;
      if (day >= range.days) {
        onChange(null);
        setPlaying(false);
      } else onChange(isoOf(range.start + day * DAY));
    }, 120);
    return () => {
      if (timer.current !== null) window.clearInterval(timer.current);
    };
  }, [playing, range, onChange]);

  return (
    <Group gap="sm" wrap="nowrap" w="100%">
      <Tooltip label={playing ? t('explorer.replayPause') : t('explorer.replay')}>
        <ActionIcon
          variant="light"
          onClick={() => setPlaying((p) => !p)}
          aria-label={playing ? t('explorer.replayPause') : t('explorer.replay')}
        >
          {playing ? <IconPlayerPause size={16} /> : <IconPlayerPlay size={16} />}
        </ActionIcon>
      </Tooltip>
      <Text size="xs" w={110} style={{ flexShrink: 0 }}>
        {asOf === null ? t('explorer.asOfToday') : formatDate(asOf, i18n.language)}
      </Text>
      <Slider
        style={{ flex: 1 }}
        min={0}
        max={range.days}
        value={value}
        onChange={setDay}
        label={(day) => formatDate(isoOf(range.start + day * DAY), i18n.language)}
        thumbLabel={t('analytics.explorer.asOfDate')}
        thumbValueText={(day) => formatDate(isoOf(range.start + day * DAY), i18n.language)}
        size="sm"
      />
      <Button size="compact-xs" variant="subtle" color="dark" onClick={() => onChange(null)} disabled={asOf === null}>
        {t('explorer.asOfReset')}
      </Button>
    </Group>
  );
}
