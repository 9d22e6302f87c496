import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Modal, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { INTRODUCTION_STATUSES, type IntroductionStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import { ListPanel } from '../../features/entity-list/list-panel';
import { ResponsiveTable } from '../../features/entity-list/responsive-table';
import { ViewSwitch } from '../../features/entity-list/view-switch';
import { IntroductionStatusBadge } from '../../features/introductions/introduction-status-badge';
import { JobReportsSection } from '../../features/job-reports/job-reports-section';
import { EmptyState } from '../../features/states/empty-state';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-error';

const IntroductionsRouteQuery = graphql(`
  query IntroductionsRouteQuery($statuses: [IntroductionStatus!]) {
    introductions(filter: { statuses: $statuses }, first: 200) {
      totalCount
      nodes {
        id
        status
        message
        requestedAt
        deadline
        answeredAt
        answeredOnBehalf
        organization {
          id
          name
        }
        opportunity {
          id
          title
        }
        participant {
          id
          name
        }
      }
    }
    jobReports(state: PENDING, first: 100) {
      totalCount
      ...JobReportsSection_reports
    }
  }
`);

const AnswerOnBehalfMutation = graphql(`
  mutation IntroductionsRouteAnswer($id: ID!, $accept: Boolean!) {
    answerIntroduction(id: $id, accept: $accept) {
      id
      status
      answeredAt
      answeredOnBehalf
    }
  }
`);

type Shown = IntroductionStatus | 'ALL';

interface Answer {
  id: string;
  accept: boolean;
  participant: string;
  organization: string;
}

/**
 * Every introduction, the pending ones first: a coordinator follows them up and may answer for
 * a participant who asked them to (the API records it as on their behalf). A second tab holds
 * employers' "got the job" reports for the coordinator to confirm or dismiss.
 */
export function IntroductionsRoute() {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState<Shown>('REQUESTED');
  const [tab, setTab] = useState<'requests' | 'jobReports'>('requests');
  const { data, loading, error, refetch } = useQuery(IntroductionsRouteQuery, {
    variables: { statuses: shown === 'ALL' ? null : [shown] },
    fetchPolicy: 'cache-and-network',
  });
  const [answer, answering] = useMutation(AnswerOnBehalfMutation, { refetchQueries: ['IntroductionsRouteQuery'] });
  const [pending, setPending] = useState<Answer | null>(null);
  const confirm = (id: string, accept: boolean, participant: string, organization: string) =>
    setPending({ id, accept, participant, organization });
  const send = async (a: Answer) => {
    try {
      await answer({ variables: { id: a.id, accept: a.accept } });
      notifications.show({
        color: 'teal',
        message: t(a.accept ? 'coordination.introductions.accepted' : 'coordination.introductions.declined', { participant: a.participant }),
      });
      setPending(null);
    } catch (e) {
      notifications.show({ color: 'red', title: t('coordination.introductions.failed'), message: errorMessage(e) });
    }
  };
  const nodes = data?.introductions.nodes ?? [];
  const date = (v: string | null | undefined) => formatDate(v, i18n.language);
  const body = (() => {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    if (loading && !data) return <LoadingState />;
    if (nodes.length === 0) return <EmptyState title={t('coordination.introductions.none')} />;
    const participantOf = (i: (typeof nodes)[number]) => i.participant?.name ?? '–';
    return (
      <ResponsiveTable
        minWidth={900}
        highlightOnHover={false}
        rows={nodes}
        columns={[
          {
            key: 'participant',
            label: t('coordination.introductions.participant'),
            cell: (i) =>
              i.participant ? (
                <Anchor component={Link} to={`/participants/${i.participant.id}`}>
                  {i.participant.name}
                </Anchor>
              ) : (
                '–'
              ),
          },
          {
            key: 'asks',
            label: t('coordination.introductions.asks'),
            cell: (i) => (
              <>
                <Anchor component={Link} to={`/organizations/${i.organization.id}`}>
                  {i.organization.name}
                </Anchor>
                {i.opportunity ? (
                  <Text size="xs" c="dimmed">
                    {i.opportunity.title}
                  </Text>
                ) : null}
              </>
            ),
          },
          {
            key: 'message',
            label: t('coordination.introductions.message'),
            maxWidth: 320,
            cell: (i) => (
              <Text size="sm" lineClamp={3} title={i.message ?? undefined}>
                {i.message ?? '–'}
              </Text>
            ),
          },
          {
            key: 'deadline',
            label: t('coordination.introductions.deadline'),
            cell: (i) => (i.status === 'REQUESTED' || i.status === 'EXPIRED' ? date(i.deadline) : date(i.answeredAt)),
          },
          {
            key: 'status',
            label: t('fields.status'),
            cell: (i) => (
              <Group gap={4}>
                <IntroductionStatusBadge status={i.status} />
                {i.answeredOnBehalf ? (
                  <Badge variant="outline" color="gray" size="sm">
                    {t('coordination.introductions.onBehalf')}
                  </Badge>
                ) : null}
              </Group>
            ),
          },
          {
            key: 'answer',
            label: t('coordination.introductions.answer'),
            labelHidden: true,
            cell: (i) =>
              i.status === 'REQUESTED' ? (
                <Group gap={6} wrap="nowrap" justify="flex-end">
                  <Button
                    size="compact-sm"
                    variant="light"
                    disabled={answering.loading}
                    aria-label={t('coordination.introductions.acceptFor', { participant: participantOf(i), organization: i.organization.name })}
                    onClick={() => confirm(i.id, true, participantOf(i), i.organization.name)}
                  >
                    {t('coordination.introductions.accept')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    disabled={answering.loading}
                    aria-label={t('coordination.introductions.declineFor', { participant: participantOf(i), organization: i.organization.name })}
                    onClick={() => confirm(i.id, false, participantOf(i), i.organization.name)}
                  >
                    {t('coordination.introductions.decline')}
                  </Button>
                </Group>
              ) : null,
          },
        ]}
      />
    );
  })();
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('coordination.introductions.title')}
      </Title>
      <Tabs value={tab} onChange={(v) => setTab(v === 'jobReports' ? 'jobReports' : 'requests')}>
        <Tabs.List>
          <Tabs.Tab value="requests">{t('coordination.introductions.requestsTab')}</Tabs.Tab>
          <Tabs.Tab
            value="jobReports"
            rightSection={
              data?.jobReports.totalCount ? (
                <Badge size="sm" circle>
                  {data.jobReports.totalCount}
                </Badge>
              ) : null
            }
          >
            {t('coordination.jobReports.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="requests" pt="sm">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('coordination.introductions.intro')}
            </Text>
            <Group justify="space-between">
              <ViewSwitch
                label={t('fields.status')}
                value={shown}
                onChange={(v) => setShown(v)}
                data={[
                  ...INTRODUCTION_STATUSES.map((s) => ({ value: s, label: t(`employer.introductionStatus.${s}`) })),
                  { value: 'ALL', label: t('employer.introductions.all') },
                ]}
              />
              {data ? (
                <Text size="sm" c="dimmed">
                  {t('coordination.introductions.count', { count: data.introductions.totalCount })}
                </Text>
              ) : null}
            </Group>
            <ListPanel>
              {body}
            </ListPanel>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="jobReports" pt="sm">
          <JobReportsSection reports={data?.jobReports} loading={loading} error={error} onRetry={() => void refetch()} />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={pending ? t(pending.accept ? 'coordination.introductions.confirmAccept' : 'coordination.introductions.confirmDecline') : ''}
      >
        {pending ? (
          <Stack>
            <Text size="sm">{t('coordination.introductions.confirmBody', { participant: pending.participant, organization: pending.organization })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                {t('actions.cancel')}
              </Button>
              <Button color={pending.accept ? undefined : 'red'} loading={answering.loading} onClick={() => void send(pending)}>
                {t(pending.accept ? 'coordination.introductions.accept' : 'coordination.introductions.decline')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </Stack>
  );
}
