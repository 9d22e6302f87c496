import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { CandidateFilter } from '../../gql/graphql';
import { CandidateCard } from '../../features/candidates/candidate-card';
import {
  CandidateFilters,
  EMPTY_CANDIDATE_FILTER,
  type CandidateFilterValues,
} from '../../features/candidates/candidate-filters';
import { IntroductionAction } from '../../features/candidates/introduction-action';
import { openingChoices } from '../../features/candidates/opening-choices';
import { RequestIntroductionModal } from '../../features/candidates/request-introduction-modal';
import { Pager } from '../../features/entity-list/pager';
import { PAGE_SIZE } from '../../features/entity-list/use-list-state';
import { useViewer } from '../../features/session/viewer-context';
import { EmptyState } from '../../features/states/empty-state';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { formatDate } from '../../lib/format';
import { errorCode, errorMessage, fieldErrors } from '../../lib/graphql-error';

const EmployerCandidatesRouteQuery = graphql(`
  query EmployerCandidatesRouteQuery(
    $filter: CandidateFilter
    $rankFor: ID
    $first: Int
    $after: String
    $organizationId: ID!
    $shortlistFor: ID!
    $ranked: Boolean!
  ) {
    candidates(filter: $filter, rankFor: $rankFor, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        pseudonym
        introductionStatus
        municipalityNumber
        municipalityName
        ...CandidateCard_candidate
      }
    }
    opportunities(first: 100, filter: { organizationId: $organizationId, statuses: [OPEN] }, orderBy: { field: TITLE }) {
      nodes {
        id
        title
        hoursPerWeek
        municipalityName
        createdAt
      }
    }
    introductionTerms {
      deadlineDays
      revealMonths
      acceptedAt
    }
    shortlist(opportunityId: $shortlistFor) @include(if: $ranked) {
      id
      rating
      candidate {
        id
      }
    }
  }
`);

const ShortlistMutation = graphql(`
  mutation EmployerCandidatesShortlist($input: RateCandidateInput!) {
    rateCandidate(input: $input) {
      id
      rating
    }
  }
`);

/** Only the filled-in parts go to the API, so an empty box never narrows the list. */
function toFilter(v: CandidateFilterValues): CandidateFilter {
  return {
    ...(v.search.trim() ? { search: v.search.trim() } : {}),
    ...(v.talents.length ? { talents: v.talents } : {}),
    ...(v.municipalityNumber ? { municipalityNumber: v.municipalityNumber } : {}),
    ...(v.minHoursPerWeek !== '' ? { minHoursPerWeek: v.minHoursPerWeek } : {}),
    ...(v.wishedIndustry ? { wishedIndustry: v.wishedIndustry } : {}),
  };
}

/** The employer browses pseudonymous candidates, ranked against one of their openings. */
export function EmployerCandidatesRoute() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const rankFor = params.get('rankFor');
  const [filter, setFilterRaw] = useState<CandidateFilterValues>(EMPTY_CANDIDATE_FILTER);
  const [debounced] = useDebouncedValue(filter, 300);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [asking, setAsking] = useState<{ id: string; pseudonym: string } | null>(null);
  const setFilter = (v: CandidateFilterValues) => {
    setFilterRaw(v);
    setCursors([null]);
  };
  const { data, previousData, loading, error, refetch } = useQuery(EmployerCandidatesRouteQuery, {
    variables: {
      filter: toFilter(debounced),
      rankFor,
      first: PAGE_SIZE,
      after: cursors[cursors.length - 1] ?? null,
      organizationId: viewer.organizationId ?? '',
      shortlistFor: rankFor ?? '',
      ranked: rankFor !== null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const [shortlist, shortlisting] = useMutation(ShortlistMutation, { refetchQueries: ['EmployerCandidatesRouteQuery'] });
  const shown = data ?? previousData;
  const page = shown?.candidates;
  const nodes = page?.nodes ?? [];

  // Municipalities offered in the filter grow with every card seen, so a filtered list keeps them.
  const seen = useRef(new Map<string, string>());
  const municipalities = useMemo(() => {
    for (const c of nodes) if (c.municipalityNumber) seen.current.set(c.municipalityNumber, c.municipalityName ?? c.municipalityNumber);
    return new Map([...seen.current].sort((a, b) => a[1].localeCompare(b[1])));
  }, [nodes]);

  const filterErrors = error && errorCode(error) === 'BAD_USER_INPUT' ? fieldErrors(error) : {};
  const openings = shown?.opportunities.nodes ?? [];
  const onShortlist = new Map((shown?.shortlist ?? []).map((e) => [e.candidate.id, e.rating]));
  const terms = shown?.introductionTerms;

  const addToShortlist = async (candidateId: string, pseudonym: string) => {
    if (!rankFor) return;
    try {
      await shortlist({ variables: { input: { opportunityId: rankFor, candidateId, rating: 'TO_CONSIDER' } } });
      notifications.show({ color: 'teal', message: t('employer.candidates.shortlisted', { pseudonym }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('employer.candidates.shortlistFailed'), message: errorMessage(e) });
    }
  };

  const body = (() => {
    if (error && Object.keys(filterErrors).length === 0) return <ErrorState error={error} onRetry={() => void refetch()} />;
    if (!shown) return <LoadingState />;
    if (nodes.length === 0) return <EmptyState title={t('employer.candidates.none')} />;
    return (
      <>
        {/* A list of cards: screen readers hear how many there are and step from one to the next. */}
        <SimpleGrid component="ul" role="list" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {nodes.map((c) => {
            const rating = onShortlist.get(c.id);
            return (
              <li key={c.id}>
                <CandidateCard
                  candidate={c}
                  actions={
                    <>
                      <IntroductionAction status={c.introductionStatus} onRequest={() => setAsking({ id: c.id, pseudonym: c.pseudonym })} />
                      {rankFor && rating ? (
                        <Badge variant="outline" color="teal">
                          {t('employer.candidates.onShortlist', { rating: t(`employer.rating.${rating}`) })}
                        </Badge>
                      ) : null}
                      {rankFor && !rating ? (
                        <Button
                          size="xs"
                          variant="default"
                          loading={shortlisting.loading}
                          onClick={() => void addToShortlist(c.id, c.pseudonym)}
                        >
                          {t('employer.candidates.addToShortlist')}
                        </Button>
                      ) : null}
                    </>
                  }
                />
              </li>
            );
          })}
        </SimpleGrid>
        <Pager
          page={cursors.length - 1}
          shown={nodes.length}
          totalCount={page?.totalCount ?? 0}
          hasNextPage={page?.pageInfo.hasNextPage ?? false}
          onPrevious={() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c))}
          onNext={() => setCursors((c) => [...c, page?.pageInfo.endCursor ?? null])}
        />
      </>
    );
  })();

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('employer.candidates.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('employer.candidates.intro')}
          </Text>
        </div>
        <Select
          label={t('employer.candidates.rankFor')}
          placeholder={t('employer.candidates.rankForNone')}
          clearable
          w={300}
          data={openingChoices(openings, t, i18n.language)}
          value={rankFor}
          onChange={(v) => {
            setParams(v ? { rankFor: v } : {}, { replace: true });
            setCursors([null]);
          }}
        />
      </Group>
      {terms && !terms.acceptedAt ? (
        <Alert color="blue" title={t('employer.terms.title')}>
          {t('employer.terms.beforeFirst')}
        </Alert>
      ) : null}
      {terms?.acceptedAt ? (
        <Text size="xs" c="dimmed">
          {t('employer.terms.acceptedOn', { date: formatDate(terms.acceptedAt, i18n.language) })}
        </Text>
      ) : null}
      <Paper withBorder p="sm">
        <CandidateFilters value={filter} onChange={setFilter} municipalities={municipalities} errors={filterErrors} />
      </Paper>
      {page ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {loading ? t('states.loading') : t('employer.candidates.count', { count: page.totalCount })}
        </Text>
      ) : null}
      {body}
      {terms ? (
        <RequestIntroductionModal
          key={asking?.id ?? 'none'}
          candidate={asking}
          openings={openings}
          defaultOpeningId={rankFor}
          terms={terms}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </Stack>
  );
}
