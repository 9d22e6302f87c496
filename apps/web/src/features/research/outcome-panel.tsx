import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Area, AreaChart, Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ParticipantStatus } from '@brobygger/domain';
import { formatDate } from '../../lib/format';
import { ChartCard } from './chart-card';
import { formatNumber, formatPercent } from '../../lib/numbers';
import { formatCount, formatShare, isSuppressed, plotValue, type CountValue } from './count';
import { hatchId, SuppressedPatterns } from './suppressed-pattern';
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

const BAR_COLOR = '#2f9e44';

/** IPS-style measures of the path to work: share in paid work, days to the first job, hours. */
export function OutcomePanel({ stats }: { stats: OutcomeStatsData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const count = (c: CountValue) => formatCount(c, t, language);
  const whole = (v: number | null | undefined) => (v == null ? t('analytics.suppressed') : formatNumber(v, language, { maximumFractionDigits: 0 }));
  const byStatus = stats.byStatus.map((s) => ({
    status: t(`participantStatus.${s.status}`),
    value: plotValue(s.count),
    suppressed: isSuppressed(s.count),
    label: count(s.count),
  }));
  const overTime = stats.paidWorkOverTime.map((p) => ({
    period: formatDate(p.periodEnd, language),
    share: p.inPaidWork.share == null ? null : Math.round(p.inPaidWork.share * 1000) / 10,
    label: formatShare(p.inPaidWork.share, t, language),
  }));
  const anyShare = overTime.some((p) => p.share != null);
  const days = stats.daysToFirstJob;
  const hours = stats.hoursPerWeekEmployed;
  return (
    <ChartCard title={t('analytics.research.outcomes.title')} help={t('analytics.research.outcomes.help')}>
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="xs">
        <StatTile label={t('analytics.research.outcomes.participants')} value={count(stats.participants)} />
        <StatTile
          label={t('analytics.research.outcomes.inPaidWork')}
          value={formatShare(stats.inPaidWork.share, t, language)}
          detail={`${count(stats.inPaidWork.count)} / ${count(stats.inPaidWork.total)}`}
        />
        <StatTile
          label={t('analytics.research.outcomes.everInPaidWork')}
          value={formatShare(stats.everInPaidWork.share, t, language)}
          detail={`${count(stats.everInPaidWork.count)} / ${count(stats.everInPaidWork.total)}`}
        />
        <StatTile
          label={t('analytics.research.outcomes.daysToFirstJob')}
          value={whole(days.median)}
          detail={t('analytics.research.outcomes.quartiles', {
            low: whole(days.lowerQuartile),
            high: whole(days.upperQuartile),
            n: count(days.count),
          })}
        />
        <StatTile
          label={t('analytics.research.outcomes.hours')}
          value={whole(hours.median)}
          detail={t('analytics.research.outcomes.hoursMean', {
            mean: hours.mean == null ? t('analytics.suppressed') : formatNumber(hours.mean, language, { maximumFractionDigits: 1 }),
            n: count(hours.count),
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
              <XAxis type="number" allowDecimals={false} fontSize={11} tickFormatter={(v: number) => formatNumber(v, language)} />
              <YAxis type="category" dataKey="status" width={150} fontSize={11} />
              <Tooltip formatter={(_v, _n, item) => [(item.payload as { label: string }).label, t('analytics.research.outcomes.participants')]} />
              <SuppressedPatterns colors={[BAR_COLOR]} />
              <Bar
                dataKey="value"
                fill={BAR_COLOR}
                isAnimationActive={false}
                label={{ position: 'right', fontSize: 11, valueAccessor: (entry: { payload: { label: string } }) => entry.payload.label }}
              >
                {byStatus.map((entry) => (
                  <Cell key={entry.status} fill={entry.suppressed ? `url(#${hatchId(BAR_COLOR)})` : BAR_COLOR} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('analytics.research.outcomes.overTime')}
          </Text>
          {anyShare ? null : (
            <Text size="sm" c="dimmed">
              {t('analytics.research.outcomes.tooFewOverTime')}
            </Text>
          )}
          <ResponsiveContainer width="100%" height={anyShare ? 220 : 0}>
            <AreaChart data={overTime} margin={{ top: 10, right: 10, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="period" fontSize={11} />
              <YAxis domain={[0, 100]} fontSize={11} tickFormatter={(v: number) => formatPercent(v / 100, language)} />
              <Tooltip formatter={(_v, _n, item) => [(item.payload as { label: string }).label, t('analytics.research.outcomes.share')]} />
              <Area type="monotone" dataKey="share" stroke="#1c7ed6" fill="#a5d8ff" isAnimationActive={false} connectNulls={false} />
            </AreaChart>
          </ResponsiveContainer>
        </Stack>
      </SimpleGrid>
      {byStatus.some((entry) => entry.suppressed) ? (
        <Text size="xs" c="dimmed">
          {t('analytics.research.suppressedBars')}
        </Text>
      ) : null}
    </ChartCard>
  );
}
