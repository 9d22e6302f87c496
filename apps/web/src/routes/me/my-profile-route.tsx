import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { DreamsSection } from '../../features/journey/dreams-section';
import { GoalsSection } from '../../features/journey/goals-section';
import { JourneyProvider } from '../../features/journey/journey-context';
import { PlanSection } from '../../features/journey/plan-section';
import { TalentsSection } from '../../features/journey/talents-section';
import { AccountLinksCard } from '../../features/my-profile/account-links-card';
import { ConsentCard } from '../../features/my-profile/consent-card';
import { IntroductionsCard } from '../../features/my-profile/introductions-card';
import { MyDataCard } from '../../features/my-profile/my-data-card';
import { StatusHistoryCard } from '../../features/my-profile/status-history-card';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';

const MyProfileRouteQuery = graphql(`
  query MyProfileRouteQuery {
    viewer {
      id
      person {
        id
        name
        email
        phone
        participant {
          status
          municipalityName
          hoursPerWeek
          ...TalentsSection_profile
          ...DreamsSection_profile
          ...GoalsSection_profile
          ...PlanSection_profile
          statusHistory {
            id
            status
            changedOn
            note
          }
          visibleToEmployers
          visibleToEmployersChangedAt
          shareForResearch
          shareForResearchChangedAt
        }
        ...AccountLinksCard_person
      }
    }
  }
`);

/** The participant's own page: their profile to edit, who may see it, their requests and data. */
export function MyProfileRoute() {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(MyProfileRouteQuery, {
    fetchPolicy: 'cache-and-network',
  });
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return loading ? <LoadingState /> : null;
  const person = data.viewer.person;
  const profile = person?.participant;
  if (!person || !profile) {
    return (
      <Stack maw={720}>
        <Title order={1} size="h2">
          {t('me.title')}
        </Title>
        <Alert color="yellow">{t('me.notLinked')}</Alert>
      </Stack>
    );
  }
  return (
    <JourneyProvider personId={person.id} query="MyProfileRouteQuery" coordinator={false} editable>
      <Stack>
        <Group gap="sm">
          <Title order={1} size="h2">
            {person.name}
          </Title>
          <Badge size="lg" variant="light">
            {t(`participantStatus.${profile.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('me.intro')}
        </Text>
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack>
              <IntroductionsCard />
              <TalentsSection profile={profile} />
              <DreamsSection profile={profile} />
              <GoalsSection profile={profile} />
              <PlanSection profile={profile} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <ConsentCard personId={person.id} consent={profile} />
              <StatusHistoryCard history={profile.statusHistory} />
              <AccountLinksCard person={person} />
              <MyDataCard />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </JourneyProvider>
  );
}
