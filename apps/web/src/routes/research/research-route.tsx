import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { useGraphExport } from '../../features/graph-explorer/export-menu';
import { samplingNote } from '../../features/graph-explorer/sampling-note';
import { AgreementsChart } from '../../features/research/agreements-chart';
import { formatCount, formatShare, halfYearEnds, type CountValue } from '../../features/research/count';
import { EiChart } from '../../features/research/ei-chart';
import { MixingHeatmap } from '../../features/research/mixing-heatmap';
import { OutcomePanel } from '../../features/research/outcome-panel';
import { StatTile } from '../../features/research/stat-tile';
import { useViewer } from '../../features/session/viewer-context';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { todayIso } from '../../lib/format';
import { formatNumber } from '../../lib/numbers';

const ResearchRouteQuery = graphql(`
  query ResearchRouteQuery($dates: [Date!]!) {
    graphStats {
      nodeCount { value suppressed }
      edgeCount { value suppressed }
      density
      componentCount { value suppressed }
      diameter
      averagePathLength
      communityCount { value suppressed }
      sectorModularity
      mixingMatrix { from to count { value suppressed } }
      brokerageTotals { total { value suppressed } }
      threeSectorAgreements { count { value suppressed } total { value suppressed } share }
      betweenness { method samples nodeCount epsilon delta }
    }
    eiOverTime(dates: $dates) {
      date
      eiIndex
      eiBySector { sector eiIndex }
    }
    # Years rather than half-years: fewer, fuller bins leave fewer counts below five to hide.
    agreementStats(range: { period: YEAR }) {
      total { value suppressed }
      byKind { value count { value suppressed } }
      byStatus { value count { value suppressed } }
      byOutcome { value count { value suppressed } }
      periods {
        periodStart
        byKind { value count { value suppressed } }
        byStatus { value count { value suppressed } }
        byOutcome { value count { value suppressed } }
      }
    }
    outcomeStats {
      participants { value suppressed }
      inPaidWork { count { value suppressed } total { value suppressed } share }
      everInPaidWork { count { value suppressed } total { value suppressed } share }
      byStatus { status count { value suppressed } }
      daysToFirstJob { count { value suppressed } mean median lowerQuartile upperQuartile }
      hoursPerWeekEmployed { count { value suppressed } mean median }
      paidWorkOverTime { periodEnd inPaidWork { count { value suppressed } total { value suppressed } share } }
    }
  }
`);

/**
 * The key figures two to five to a row, never ten: ten tiles at 1280 px are too narrow for
 * labels such as "Gjennomsnittlig avstand".
 */
const KEY_FIGURE_COLUMNS = { base: 2, xs: 3, sm: 4, lg: 5 };

/** The researcher's dashboard: the network's key figures, sector mixing, E-I over time, agreements and outcomes. */
export function ResearchRoute() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // The API suppresses and rounds a researcher's counts and gives a coordinator exact ones
  // (apps/api/src/privacy/research-counts.ts); the caveat is told only to whom it applies.
  const rounded = useViewer().role === 'RESEARCHER';
  // Eight half-years and today: enough to see the network grow, few enough to answer quickly.
  const dates = useMemo(() => halfYearEnds(todayIso(), 8), []);
  const { data, error, loading, refetch } = useQuery(ResearchRouteQuery, { variables: { dates } });
  const exporter = useGraphExport();
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <LoadingState />;
  const g = data.graphStats;
  const note = samplingNote(t, language, g.betweenness);
  const count = (c: CountValue) => formatCount(c, t, language);
  const figure = (value: number | null | undefined) => formatNumber(value, language, { maximumSignificantDigits: 3 });
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('analytics.research.title')}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t('analytics.research.intro')}
          </Text>
        </div>
        <Button leftSection={<IconDownload size={16} />} variant="light" loading={exporter.busy} onClick={() => void exporter.run({}, 'GRAPHML')}>
          {t('analytics.research.exportGraphml')}
        </Button>
      </Group>
      <Alert icon={<IconInfoCircle />} color="blue" variant="light" py="xs">
        {rounded ? t('analytics.research.suppressedNote') : t('analytics.research.exactNote')}
        <Text size="xs" mt={4}>
          {note}
        </Text>
      </Alert>
      <section aria-label={t('analytics.research.keyFigures')}>
        <SimpleGrid cols={KEY_FIGURE_COLUMNS} spacing="xs">
          <StatTile label={t('analytics.research.nodes')} value={count(g.nodeCount)} />
          <StatTile label={t('analytics.research.ties')} value={count(g.edgeCount)} />
          <StatTile label={t('analytics.research.density')} value={figure(g.density)} />
          <StatTile label={t('analytics.research.components')} value={count(g.componentCount)} />
          <StatTile label={t('analytics.research.diameter')} value={formatNumber(g.diameter, language)} detail={t('analytics.research.steps')} />
          <StatTile label={t('analytics.research.averagePathLength')} value={figure(g.averagePathLength)} detail={t('analytics.research.steps')} />
          <StatTile label={t('analytics.research.communities')} value={count(g.communityCount)} />
          <StatTile label={t('analytics.research.sectorModularity')} value={figure(g.sectorModularity)} />
          <StatTile label={t('analytics.research.brokerage')} value={count(g.brokerageTotals.total)} detail={t('analytics.research.brokerageDetail')} />
          <StatTile
            label={t('analytics.research.threeSector')}
            value={formatShare(g.threeSectorAgreements.share, t, language)}
            detail={t('analytics.research.threeSectorDetail', { count: count(g.threeSectorAgreements.count), total: count(g.threeSectorAgreements.total) })}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt={4}>
          {t('analytics.research.whyTotalsDiffer')}
          {rounded ? ` ${t('analytics.research.roundedTotals')}` : null}
        </Text>
      </section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MixingHeatmap cells={g.mixingMatrix} />
        <EiChart points={data.eiOverTime} />
      </SimpleGrid>
      <AgreementsChart stats={data.agreementStats} />
      <OutcomePanel stats={data.outcomeStats} />
    </Stack>
  );
}
