import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
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
import { EmptyState } from '../../features/states/empty-state';
import { ErrorState } from '../../features/states/error-state';
import { ArchiveActions } from '../../features/archive/archive-actions';
import { LoadingState } from '../../features/states/loading-state';
import { errorMessage } from '../../lib/graphql-error';

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
          <ArchiveActions type="Opportunity" id={o.id} name={o.title} archivedAt={null} impact={o.deletionImpact} listPath="/employer/openings" archivable={false} />
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
      <Paper withBorder p="xs">
        {data.shortlist.length === 0 ? (
          <EmptyState title={t('employer.shortlist.none')}>
            <Button variant="light" component={Link} to={`/employer/candidates?rankFor=${o.id}`}>
              {t('employer.opening.findCandidates')}
            </Button>
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={700}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('employer.shortlist.candidate')}</Table.Th>
                  <Table.Th>{t('fields.status')}</Table.Th>
                  <Table.Th>{t('journey.talents')}</Table.Th>
                  <Table.Th>{t('employer.shortlist.rating')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.shortlist.map((entry) => {
                  const c = entry.candidate;
                  return (
                    <Table.Tr key={entry.id}>
                      <Table.Td>
                        <Text fw={500}>{c.pseudonym}</Text>
                        <Text size="xs" c="dimmed">
                          {[c.municipalityName, c.hoursPerWeek != null ? t('employer.candidates.hours', { count: c.hoursPerWeek }) : null]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`participantStatus.${c.status}`)}</Table.Td>
                      <Table.Td>{c.talents.map((x) => x.name).join(', ')}</Table.Td>
                      <Table.Td>
                        <Select
                          aria-label={t('employer.shortlist.ratingFor', { pseudonym: c.pseudonym })}
                          allowDeselect={false}
                          w={190}
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
                      </Table.Td>
                      <Table.Td>
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
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
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
