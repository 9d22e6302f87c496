import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ParticipantStatus } from '@brobygger/domain';
import { formatDate } from '../../lib/format';
import { ChartCard } from './chart-card';
import { formatCount, formatShare, plotValue, type CountValue } from './count';
import { StatTile } from './stat-tile';

interface Summary {
  count: CountValue;
  mean?: number | null;
  median?: number | null;
  lowerQuartile?: number | null;
  upperQuartile?: number | null;
}

interface CountShare {
  count: CountValue;
  total: CountValue;
  share?: number | null;
}

export interface OutcomeStatsData {
  participants: CountValue;
  inPaidWork: CountShare;
  everInPaidWork: CountShare;
  byStatus: readonly { status: ParticipantStatus; count: CountValue }[];
  daysToFirstJob: Summary;
  hoursPerWeekEmployed: Summary;
  paidWorkOverTime: readonly { periodEnd: string; inPaidWork: CountShare }[];
}

const round = (v: number | null | undefined, t: (k: string) => string) => (v == null ? t('analytics.suppressed') : String(Math.round(v)));

/** IPS-style measures of the path to work: share in paid work, days to the first job, hours. */
export function OutcomePanel({ stats }: { stats: OutcomeStatsData }) {
  const { t, i18n } = useTranslation();
  const byStatus = stats.byStatus.map((s) => ({
    status: t(`participantStatus.${s.status}`),
    value: plotValue(s.count),
    label: formatCount(s.count, t),
  }));
  const overTime = stats.paidWorkOverTime.map((p) => ({
    period: formatDate(p.periodEnd, i18n.language),
    share: p.inPaidWork.share == null ? null : Math.round(p.inPaidWork.share * 1000) / 10,
    label: formatShare(p.inPaidWork.share, t),
  }));
  const days = stats.daysToFirstJob;
  const hours = stats.hoursPerWeekEmployed;
  return (
    <ChartCard title={t('analytics.research.outcomes.title')} help={t('analytics.research.outcomes.help')}>
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs">
        <StatTile label={t('analytics.research.outcomes.participants')} value={formatCount(stats.participants, t)} />
        <StatTile
          label={t('analytics.research.outcomes.inPaidWork')}
          value={formatShare(stats.inPaidWork.share, t)}
          detail={`${formatCount(stats.inPaidWork.count, t)} / ${formatCount(stats.inPaidWork.total, t)}`}
        />
        <StatTile
          label={t('analytics.research.outcomes.everInPaidWork')}
          value={formatShare(stats.everInPaidWork.share, t)}
          detail={`${formatCount(stats.everInPaidWork.count, t)} / ${formatCount(stats.everInPaidWork.total, t)}`}
        />
        <StatTile
          label={t('analytics.research.outcomes.daysToFirstJob')}
          value={round(days.median, t)}
          detail={t('analytics.research.outcomes.quartiles', {
            low: round(days.lowerQuartile, t),
            high: round(days.upperQuartile, t),
            n: formatCount(days.count, t),
          })}
        />
        <StatTile
          label={t('analytics.research.outcomes.hours')}
          value={round(hours.median, t)}
          detail={t('analytics.research.outcomes.hoursMean', {
            mean: hours.mean == null ? t('analytics.suppressed') : hours.mean.toFixed(1),
            n: formatCount(hours.count, t),
          })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('analytics.research.outcomes.byStatus')}
          </Text>
          <ResponsiveContainer width="100%" height={220}>
            <BarChart data={byStatus} layout="vertical" margin={{ top: 0, right: 40, bottom: 0, left: 10 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} fontSize={11} />
              <YAxis type="category" dataKey="status" width={150} fontSize={11} />
              <Tooltip formatter={(_v, _n, item) => [(item.payload as { label: string }).label, t('analytics.research.outcomes.participants')]} />
              <Bar
                dataKey="value"
                fill="#2f9e44"
                isAnimationActive={false}
                label={{ position: 'right', fontSize: 11, valueAccessor: (entry: { payload: { label: string } }) => entry.payload.label }}
              />
            </BarChart>
          </ResponsiveContainer>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('analytics.research.outcomes.overTime')}
          </Text>
          <ResponsiveContainer width="100%" height={220}>
            <AreaChart data={overTime} margin={{ top: 10, right: 10, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="period" fontSize={11} />
              <YAxis domain={[0, 100]} unit=" %" fontSize={11} />
              <Tooltip formatter={(_v, _n, item) => [(item.payload as { label: string }).label, t('analytics.research.outcomes.share')]} />
              <Area type="monotone" dataKey="share" stroke="#1c7ed6" fill="#a5d8ff" isAnimationActive={false} connectNulls={false} />
            </AreaChart>
          </ResponsiveContainer>
        </Stack>
      </SimpleGrid>
    </ChartCard>
  );
}
