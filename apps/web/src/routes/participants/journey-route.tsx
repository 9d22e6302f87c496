import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { AgreementList } from '../../features/agreement/agreement-list';
import { EgoGraph } from '../../features/ego-graph/ego-graph';
import { PlanSteps } from '../../features/journey/plan-steps';
import { StatusTimeline } from '../../features/journey/status-timeline';
import { SuggestedBridgesCard } from '../../features/suggested-bridges/suggested-bridges-card';
import { useViewer } from '../../features/session/viewer-context';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { NotFound } from '../../features/states/not-found';
import { formatDate } from '../../lib/format';

const JourneyRouteQuery = graphql(`
  query JourneyRouteQuery($id: ID!) {
    person(id: $id) {
      id
      name
      email
      phone
      participant {
        status
        dreams
        hoursPerWeek
        municipalityName
        visibleToEmployers
        shareForResearch
        wishedIndustries
        coordinator {
          id
          name
        }
        publicPartner {
          id
          name
        }
        talents {
          id
          name
          level
        }
        goals {
          id
          text
          status
          targetDate
        }
        ...PlanSteps_profile
        ...StatusTimeline_profile
      }
      agreements {
        ...AgreementList_agreements
      }
      ...EgoGraph_person
    }
  }
`);

/** A participant's journey: talents, dreams, goals, plan, status history, network, agreements. */
export function JourneyRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, error, loading, refetch } = useQuery(JourneyRouteQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const person = data.person;
  const profile = person.participant;
  if (!profile) return <NotFound />;
  const coordinator = viewer.role === 'COORDINATOR';
  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h2">
            {person.name}
          </Title>
          <Badge size="lg" variant="light">
            {t(`participantStatus.${profile.status}`)}
          </Badge>
        </Group>
        {coordinator ? (
          <Group gap="xs">
            <Button component={Link} to={`/people/${person.id}/edit`} variant="default" leftSection={<IconPencil size={16} />}>
              {t('actions.edit')}
            </Button>
            <Button component={Link} to={`/agreements/new?participant=${person.id}`} leftSection={<IconFilePlus size={16} />}>
              {t('agreement.new')}
            </Button>
          </Group>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {[profile.municipalityName, profile.hoursPerWeek != null ? t('journey.hours', { count: profile.hoursPerWeek }) : null, person.email, person.phone]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Card withBorder>
              <Text fw={600} mb="xs">
                {t('journey.talents')}
              </Text>
              {profile.talents.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('journey.noTalents')}
                </Text>
              ) : (
                <Group gap={6}>
                  {profile.talents.map((tal) => (
                    <Badge key={tal.id} variant="light" color="grape">
                      {tal.name} · {t(`talentLevel.${tal.level}`)}
                    </Badge>
                  ))}
                </Group>
              )}
              <Text fw={600} mt="md" mb={4}>
                {t('journey.dreams')}
              </Text>
              <Text size="sm" c={profile.dreams ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                {profile.dreams ?? t('journey.noDreams')}
              </Text>
              <Text fw={600} mt="md" mb={4}>
                {t('journey.goals')}
              </Text>
              {profile.goals.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('journey.noGoals')}
                </Text>
              ) : (
                <List size="sm" spacing={4}>
                  {profile.goals.map((g) => (
                    <List.Item key={g.id}>
                      {g.text}{' '}
                      <Badge size="xs" variant="outline">
                        {t(`goalStatus.${g.status}`)}
                      </Badge>{' '}
                      {g.targetDate ? <Text span size="xs" c="dimmed">{formatDate(g.targetDate, i18n.language)}</Text> : null}
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
            <PlanSteps profile={profile} />
            <AgreementList agreements={person.agreements} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <EgoGraph person={person} />
            {coordinator ? <SuggestedBridgesCard participantId={person.id} /> : null}
            <StatusTimeline profile={profile} />
            <Card withBorder>
              <Text fw={600} mb="xs">
                {t('journey.consent')}
              </Text>
              <Text size="sm">
                {t('journey.visibleToEmployers')}: {profile.visibleToEmployers ? t('common.yes') : t('common.no')}
              </Text>
              <Text size="sm">
                {t('journey.shareForResearch')}: {profile.shareForResearch ? t('common.yes') : t('common.no')}
              </Text>
              {profile.coordinator ? (
                <Text size="sm">
                  {t('journey.coordinator')}: {profile.coordinator.name}
                </Text>
              ) : null}
              {profile.publicPartner ? (
                <Text size="sm">
                  {t('journey.publicPartner')}: {profile.publicPartner.name}
                </Text>
              ) : null}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
