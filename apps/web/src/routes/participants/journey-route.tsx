import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconUserEdit } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../../gql';
import { AgreementList } from '../../features/agreement/agreement-list';
import { ArchiveActions, ArchivedBadge } from '../../features/archive/archive-actions';
import { EgoGraph } from '../../features/ego-graph/ego-graph';
import { DreamsSection } from '../../features/journey/dreams-section';
import { GoalsSection } from '../../features/journey/goals-section';
import { JourneyProvider } from '../../features/journey/journey-context';
import { PlanSection } from '../../features/journey/plan-section';
import { ProfileFactsCard } from '../../features/journey/profile-facts-card';
import { StatusTimeline } from '../../features/journey/status-timeline';
import { TalentsSection } from '../../features/journey/talents-section';
import { SuggestedBridgesCard } from '../../features/suggested-bridges/suggested-bridges-card';
import { useViewer } from '../../features/session/viewer-context';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { NotFound } from '../../features/states/not-found';

const JourneyRouteQuery = graphql(`
  query JourneyRouteQuery($id: ID!) {
    person(id: $id) {
      id
      name
      email
      phone
      archivedAt
      participant {
        status
        hoursPerWeek
        municipalityName
        visibleToEmployers
        shareForResearch
        ...TalentsSection_profile
        ...DreamsSection_profile
        ...GoalsSection_profile
        ...PlanSection_profile
        ...StatusTimeline_profile
        ...ProfileFactsCard_profile
      }
      agreements {
        ...AgreementList_agreements
      }
      ...EgoGraph_person
    }
  }
`);

/**
 * A participant's journey, where the coordinator's work happens: talents, dreams, goals and
 * plan to add, change, order and remove; status changes to record; the follow-up facts to
 * keep; the network and agreements beside them.
 */
export function JourneyRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, error, loading, refetch } = useQuery(JourneyRouteQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const person = data.person;
  const profile = person.participant;
  if (!profile) return <NotFound />;
  const coordinator = viewer.role === 'COORDINATOR';
  return (
    <JourneyProvider
      personId={person.id}
      query="JourneyRouteQuery"
      coordinator={coordinator}
      editable={coordinator}
    >
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={1} size="h2">
                {person.name}
              </Title>
              <Badge size="lg" variant="light">
                {t(`participantStatus.${profile.status}`)}
              </Badge>
              <ArchivedBadge archivedAt={person.archivedAt} />
            </Group>
            <Text size="sm" c="dimmed">
              {[
                profile.municipalityName,
                profile.hoursPerWeek != null
                  ? t('journey.hours', { count: profile.hoursPerWeek })
                  : null,
                person.email,
                person.phone,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          {coordinator ? (
            <Group gap="xs">
              {/* Archive only: a participant's data is erased by the participant, never deleted by others. */}
              <ArchiveActions type="Person" id={person.id} name={person.name} archivedAt={person.archivedAt} listPath="/participants" />
              <Button
                component={Link}
                to={`/people/${person.id}/edit`}
                variant="default"
                leftSection={<IconUserEdit size={16} />}
                title={t('journey.editPersonHelp')}
              >
                {t('journey.editPerson')}
              </Button>
              <Button
                component={Link}
                to={`/agreements/new?participant=${person.id}`}
                leftSection={<IconFilePlus size={16} />}
              >
                {t('agreement.new')}
              </Button>
            </Group>
          ) : null}
        </Group>
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack>
              <TalentsSection profile={profile} />
              <DreamsSection profile={profile} />
              <GoalsSection profile={profile} />
              <PlanSection profile={profile} />
              <AgreementList agreements={person.agreements} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <StatusTimeline profile={profile} />
              <ProfileFactsCard profile={profile} />
              <Card withBorder>
                <Title order={2} size="h4" mb="xs">
                  {t('journey.consent')}
                </Title>
                <Text size="sm">
                  {t('journey.visibleToEmployers')}:{' '}
                  {profile.visibleToEmployers ? t('common.yes') : t('common.no')}
                </Text>
                <Text size="sm">
                  {t('journey.shareForResearch')}:{' '}
                  {profile.shareForResearch ? t('common.yes') : t('common.no')}
                </Text>
              </Card>
              <EgoGraph person={person} />
              {coordinator ? <SuggestedBridgesCard participantId={person.id} /> : null}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </JourneyProvider>
  );
}
