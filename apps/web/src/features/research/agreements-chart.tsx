import { Badge, Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconTable } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../lib/format';
import { formatNumber } from '../../lib/numbers';
import { agreementBars, type AgreementBar, type AgreementPeriod, type Dimension, type ValueCount } from './agreement-bars';
import { AgreementsTable } from './agreements-table';
import { ChartCard } from './chart-card';
import { formatCount, type CountValue } from './count';

export interface AgreementStatsData {
  total: CountValue;
  byKind: readonly ValueCount[];
  byStatus: readonly ValueCount[];
  byOutcome: readonly ValueCount[];
  periods: readonly AgreementPeriod[];
}

const LABEL_PREFIX: Record<Dimension, string> = { byKind: 'agreementKind', byStatus: 'agreementStatus', byOutcome: 'outcome' };
const PALETTE = ['#1c7ed6', '#f08c00', '#2f9e44', '#ae3ec9', '#e03131', '#0ca678'];
/** Grey 7: 4.5:1 or more on white, as text must be. */
const MARKER_COLOR = '#495057';
/** The key of the zero-height bar on top of each stack that carries the "3 × <5" marker. */
const MARKER = 'marker';

/** Agreements per period, stacked by kind, status or outcome; counts below 5 are told, not drawn. */
export function AgreementsChart({ stats }: { stats: AgreementStatsData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const count = (c: CountValue) => formatCount(c, t, language);
  const [dimension, setDimension] = useState<Dimension>('byKind');
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  const values = stats[dimension].map((v) => v.value);
  const label = (value: string) => t(`${LABEL_PREFIX[dimension]}.${value}`);
  const colorOf = (i: number) => PALETTE[i % PALETTE.length] as string;
  const dimensions: { value: Dimension; label: string }[] = [
    { value: 'byKind', label: t('analytics.research.agreements.byKind') },
    { value: 'byStatus', label: t('analytics.research.agreements.byStatus') },
    { value: 'byOutcome', label: t('analytics.research.agreements.byOutcome') },
  ];
  const by = (dimensions.find((d) => d.value === dimension)?.label ?? '').toLocaleLowerCase(language);
  // Yearly periods read best as the year alone.
  const yearly = stats.periods.every((q) => q.periodStart.endsWith('-01-01'));
  const bars = agreementBars(stats.periods, dimension, (start) => (yearly ? start.slice(0, 4) : formatDate(start, language)), count);
  const rows = bars.map((bar) => ({
    ...bar,
    [MARKER]: 0,
    hiddenLabel: bar.hidden > 0 ? t('analytics.research.agreements.hiddenMarker', { count: formatNumber(bar.hidden, language) }) : '',
  }));
  const anySuppressed = bars.some((bar) => bar.hidden > 0);
  return (
    <ChartCard title={t('analytics.research.agreements.title')} help={t('analytics.research.agreements.help')}>
      <SegmentedControl size="xs" value={dimension} onChange={(v) => setDimension(v)} data={dimensions} />
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 22, right: 10, bottom: 0, left: 0 }} title={t('analytics.research.agreements.chartLabel', { by })}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="period" fontSize={11} />
          <YAxis allowDecimals={false} fontSize={11} tickFormatter={(v: number) => formatNumber(v, language)} />
          <Tooltip
            formatter={(_value, _name, item) => {
              const key = String(item.dataKey);
              const payload = item.payload as AgreementBar;
              const shown = String(payload[`${key}:label`] ?? '');
              return [payload[`${key}:suppressed`] ? t('analytics.research.agreements.notDrawn', { count: shown }) : shown, label(key)];
            }}
          />
          <Legend formatter={(value: string) => label(value)} />
          {values.map((v, i) => (
            <Bar key={v} dataKey={v} stackId="a" fill={colorOf(i)} isAnimationActive={false} />
          ))}
          {/* Not stacked in height (it is zero): only marks how many groups of this bar are "<5". */}
          <Bar
            dataKey={MARKER}
            stackId="a"
            legendType="none"
            tooltipType="none"
            isAnimationActive={false}
            shape={(props: { x?: number; y?: number; width?: number; payload?: { hiddenLabel?: string } }) => {
              const text = props.payload?.hiddenLabel;
              if (!text) return <g />;
              const { x = 0, y = 0, width = 0 } = props;
              return (
                <text x={x + width / 2} y={y - 6} textAnchor="middle" fontSize={11} fill={MARKER_COLOR} className="suppressed-marker">
                  {text}
                </text>
              );
            }}
          />
        </BarChart>
      </ResponsiveContainer>
      {anySuppressed ? (
        <Text size="xs" c="dimmed">
          {t('analytics.research.agreements.suppressedNote')}
        </Text>
      ) : null}
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          {t('analytics.research.agreements.total')}: {count(stats.total)}
        </Text>
        {stats[dimension].map((v) => (
          <Badge key={v.value} size="sm" variant="light" color="gray" style={{ textTransform: 'none' }}>
            {label(v.value)}: {count(v.count)}
          </Badge>
        ))}
      </Group>
      <Group>
        <Button
          size="xs"
          variant="subtle"
          leftSection={<IconTable size={14} />}
          aria-expanded={showTable}
          aria-controls={showTable ? tableId : undefined}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? t('analytics.research.agreements.hideTable') : t('analytics.research.agreements.showTable')}
        </Button>
      </Group>
      {showTable ? (
        <div id={tableId}>
          <AgreementsTable bars={bars} values={values} label={label} by={by} />
        </div>
      ) : null}
    </ChartCard>
  );
}
