import { Badge, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDate } from '../../lib/format';
import { ChartCard } from './chart-card';
import { formatCount, isSuppressed, plotValue, type CountValue } from './count';
import { hatchId, SuppressedPatterns } from './suppressed-pattern';

type Dimension = 'byKind' | 'byStatus' | 'byOutcome';

interface ValueCount {
  value: string;
  count: CountValue;
}

export interface AgreementStatsData {
  total: CountValue;
  byKind: readonly ValueCount[];
  byStatus: readonly ValueCount[];
  byOutcome: readonly ValueCount[];
  periods: readonly ({ periodStart: string } & Record<Dimension, readonly ValueCount[]>)[];
}

const LABEL_PREFIX: Record<Dimension, string> = { byKind: 'agreementKind', byStatus: 'agreementStatus', byOutcome: 'outcome' };
const PALETTE = ['#1c7ed6', '#f08c00', '#2f9e44', '#ae3ec9', '#e03131', '#0ca678'];

/** Agreements per period, stacked by kind, status or outcome; small counts read "<5". */
export function AgreementsChart({ stats }: { stats: AgreementStatsData }) {
  const { t, i18n } = useTranslation();
  const count = (c: CountValue) => formatCount(c, t, i18n.language);
  const [dimension, setDimension] = useState<Dimension>('byKind');
  const values = stats[dimension].map((v) => v.value);
  const label = (value: string) => t(`${LABEL_PREFIX[dimension]}.${value}`);
  const colorOf = (i: number) => PALETTE[i % PALETTE.length] as string;
  let anySuppressed = false;
  const rows = stats.periods.map((p) => {
    // Yearly periods read best as the year alone.
    const row: Record<string, string | number> = { period: p.periodStart.endsWith('-01-01') && stats.periods.every((q) => q.periodStart.endsWith('-01-01')) ? p.periodStart.slice(0, 4) : formatDate(p.periodStart, i18n.language) };
    for (const v of p[dimension]) {
      row[v.value] = plotValue(v.count);
      row[`${v.value}:label`] = count(v.count);
      // A cell nobody is in is no bar; a suppressed one is a hatched bar labelled "<5".
      if (isSuppressed(v.count)) {
        row[`${v.value}:suppressed`] = 1;
        anySuppressed = true;
      }
    }
    return row;
  });
  return (
    <ChartCard title={t('analytics.research.agreements.title')} help={t('analytics.research.agreements.help')}>
      <SegmentedControl
        size="xs"
        value={dimension}
        onChange={(v) => setDimension(v)}
        data={[
          { value: 'byKind', label: t('analytics.research.agreements.byKind') },
          { value: 'byStatus', label: t('analytics.research.agreements.byStatus') },
          { value: 'byOutcome', label: t('analytics.research.agreements.byOutcome') },
        ]}
      />
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 10, right: 10, bottom: 0, left: 0 }}>
          <SuppressedPatterns colors={values.map((_v, i) => colorOf(i))} />
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="period" fontSize={11} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip
            formatter={(_value, _name, item) => {
              const key = String(item.dataKey);
              const shown = (item.payload as Record<string, string | number | undefined>)[`${key}:label`];
              return [String(shown ?? ''), label(key)];
            }}
          />
          <Legend formatter={(value: string) => label(value)} />
          {values.map((v, i) => (
            <Bar key={v} dataKey={v} stackId="a" fill={colorOf(i)} isAnimationActive={false}>
              {rows.map((row) => (
                <Cell key={String(row.period)} fill={row[`${v}:suppressed`] ? `url(#${hatchId(colorOf(i))})` : colorOf(i)} />
              ))}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      {anySuppressed ? (
        <Text size="xs" c="dimmed">
          {t('analytics.research.suppressedBars')}
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
    </ChartCard>
  );
}
