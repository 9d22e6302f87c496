import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SHORTLIST_RATINGS, type ShortlistRating } from '@brobygger/domain';
import { graphql } from '../../gql';
import { IntroductionAction } from '../../features/candidates/introduction-action';
import { RequestIntroductionModal } from '../../features/candidates/request-introduction-modal';
import { DetailField } from '../../features/detail/detail-field';
import { ListPanel } from '../../features/entity-list/list-panel';
import { ResponsiveTable } from '../../features/entity-list/responsive-table';
import { EmptyState } from '../../features/states/empty-state';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { errorMessage } from '../../lib/graphql-error';
import { OpeningDeleteAction } from './opening-delete-action';

const EmployerOpeningRouteQuery = graphql(`
  query EmployerOpeningRouteQuery($id: ID!) {
    opportunity(id: $id) {
      id
      title
      deletionImpact {
        ...ArchiveActions_impact
      }
      kind
      status
      description
      hoursPerWeek
      municipalityName
      talents
    }
    shortlist(opportunityId: $id) {
      id
      rating
      candidate {
        id
        pseudonym
        introductionStatus
        status
        municipalityName
        hoursPerWeek
        talents {
          name
        }
      }
    }
    introductionTerms {
      deadlineDays
      revealMonths
      acceptedAt
    }
  }
`);

const RateMutation = graphql(`
  mutation EmployerOpeningRate($input: RateCandidateInput!) {
    rateCandidate(input: $input) {
      id
      rating
      updatedAt
    }
  }
`);

const RemoveMutation = graphql(`
  mutation EmployerOpeningRemove($opportunityId: ID!, $candidateId: ID!) {
    removeFromShortlist(opportunityId: $opportunityId, candidateId: $candidateId)
  }
`);

const RATING_COLORS: Record<ShortlistRating, string> = {
  TO_CONSIDER: 'gray',
  RELEVANT: 'teal',
  NOT_RELEVANT: 'red',
  GOT_THE_JOB: 'blue',
};

/** One of the employer's openings, with its shortlist of candidates and their ratings. */
export function EmployerOpeningRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(EmployerOpeningRouteQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const fail = (e: unknown) => notifications.show({ color: 'red', title: t('employer.shortlist.failed'), message: errorMessage(e) });
  const [rate] = useMutation(RateMutation, { onError: fail, refetchQueries: ['EmployerOpeningRouteQuery'] });
  const [remove] = useMutation(RemoveMutation, { onError: fail, refetchQueries: ['EmployerOpeningRouteQuery'] });
  const [asking, setAsking] = useState<{ id: string; pseudonym: string } | null>(null);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState />;
  if (!data) return null;
  const o = data.opportunity;
  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h2">
            {o.title}
          </Title>
          <Badge variant="light" color={o.status === 'OPEN' ? 'teal' : 'gray'}>
            {t(`opportunityStatus.${o.status}`)}
          </Badge>
        </Group>
        <Group gap="xs">
          <Button variant="default" component={Link} to={`/employer/openings/${o.id}/edit`}>
            {t('actions.edit')}
          </Button>
          <Button component={Link} to={`/employer/candidates?rankFor=${o.id}`} leftSection={<IconUserSearch size={16} />}>
            {t('employer.opening.findCandidates')}
          </Button>
          <OpeningDeleteAction id={o.id} title={o.title} status={o.status} impact={o.deletionImpact} listPath="/employer/openings" />
        </Group>
      </Group>
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DetailField label={t('fields.kind')} value={t(`opportunityKind.${o.kind}`)} />
          <DetailField label={t('fields.hoursPerWeek')} value={o.hoursPerWeek?.toString() ?? null} />
          <DetailField label={t('fields.municipality')} value={o.municipalityName} />
        </SimpleGrid>
        {o.description ? (
          <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {o.description}
          </Text>
        ) : null}
        <Group gap={6} mt="sm">
          {o.talents.map((tal) => (
            <Badge key={tal} variant="light" color="grape" tt="none">
              {tal}
            </Badge>
          ))}
        </Group>
      </Card>
      <Title order={2} size="h4">
        {t('employer.shortlist.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('employer.shortlist.help')}
      </Text>
      <ListPanel>
        {data.shortlist.length === 0 ? (
          <EmptyState title={t('employer.shortlist.none')}>
            <Button variant="light" component={Link} to={`/employer/candidates?rankFor=${o.id}`}>
              {t('employer.opening.findCandidates')}
            </Button>
          </EmptyState>
        ) : (
          <ResponsiveTable
            headingOrder={3}
            striped={false}
            highlightOnHover={false}
            rows={data.shortlist}
            columns={[
              {
                key: 'candidate',
                label: t('employer.shortlist.candidate'),
                // A card id ("C-6C5E…") is read as one word: never split at its hyphen.
                nowrap: true,
                cell: ({ candidate: c }) => c.pseudonym,
              },
              {
                key: 'where',
                label: t('employer.shortlist.where'),
                cell: ({ candidate: c }) =>
                  [c.municipalityName, c.hoursPerWeek != null ? t('employer.candidates.hours', { count: c.hoursPerWeek }) : null]
                    .filter(Boolean)
                    .join(' · ') || '–',
              },
              // No status column: an employer's card carries no status (the API answers null).
              { key: 'talents', label: t('journey.talents'), cell: ({ candidate: c }) => c.talents.map((x) => x.name).join(', ') || '–' },
              {
                key: 'rating',
                label: t('employer.shortlist.rating'),
                cell: (entry) => {
                  const c = entry.candidate;
                  return (
                    <>
                      <Select
                        aria-label={t('employer.shortlist.ratingFor', { pseudonym: c.pseudonym })}
                        allowDeselect={false}
                        maw={190}
                        size="xs"
                        styles={{ input: { borderLeft: `4px solid var(--mantine-color-${RATING_COLORS[entry.rating]}-6)` } }}
                        data={SHORTLIST_RATINGS.map((r) => ({ value: r, label: t(`employer.rating.${r}`) }))}
                        value={entry.rating}
                        onChange={(v) => {
                          if (!v) return;
                          // GOT_THE_JOB is a report: say who decides, so no one takes it as recorded.
                          const reported = () =>
                            notifications.show({ color: 'blue', message: t('employer.shortlist.reportedNotice', { pseudonym: c.pseudonym }) });
                          void rate({
                            variables: { input: { opportunityId: o.id, candidateId: c.id, rating: v } },
                            onCompleted: v === 'GOT_THE_JOB' ? reported : undefined,
                          });
                        }}
                      />
                      {entry.rating === 'GOT_THE_JOB' ? (
                        <Text size="xs" c="dimmed" mt={4}>
                          {t('employer.shortlist.reported')}
                        </Text>
                      ) : null}
                    </>
                  );
                },
              },
              {
                key: 'actions',
                label: t('employer.openings.actions'),
                labelHidden: true,
                cell: ({ candidate: c }) => (
                  <Group gap={6} wrap="nowrap" justify="flex-end">
                    <IntroductionAction compact status={c.introductionStatus} onRequest={() => setAsking({ id: c.id, pseudonym: c.pseudonym })} />
                    <Button
                      size="compact-sm"
                      variant="default"
                      aria-label={t('employer.shortlist.removeNamed', { pseudonym: c.pseudonym })}
                      onClick={() => void remove({ variables: { opportunityId: o.id, candidateId: c.id } })}
                    >
                      {t('employer.shortlist.remove')}
                    </Button>
                  </Group>
                ),
              },
            ]}
          />
        )}
      </ListPanel>
      <RequestIntroductionModal
        key={asking?.id ?? 'none'}
        candidate={asking}
        openings={o.status === 'OPEN' ? [{ id: o.id, title: o.title }] : []}
        defaultOpeningId={o.status === 'OPEN' ? o.id : null}
        terms={data.introductionTerms}
        onClose={() => setAsking(null)}
      />
    </Stack>
  );
}
