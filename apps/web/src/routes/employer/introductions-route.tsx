import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileDescription, IconMail, IconPhone } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { INTRODUCTION_STATUSES, type IntroductionStatus } from '@brobygger/domain';
import { graphql } from '../../gql';
import { StatusBadge } from '../../features/agreement/status-badge';
import { DetailField } from '../../features/detail/detail-field';
import { ViewSwitch } from '../../features/entity-list/view-switch';
import { IntroductionStatusBadge } from '../../features/introductions/introduction-status-badge';
import { EmptyState } from '../../features/states/empty-state';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-error';

const EmployerIntroductionsRouteQuery = graphql(`
  query EmployerIntroductionsRouteQuery($statuses: [IntroductionStatus!]) {
    introductions(filter: { statuses: $statuses }, first: 100) {
      totalCount
      nodes {
        id
        status
        message
        requestedAt
        deadline
        answeredAt
        revealedUntil
        opportunity {
          id
          title
        }
        candidate {
          id
          pseudonym
        }
        participant {
          id
          name
          email
          phone
        }
        agreement {
          id
          title
          status
        }
      }
    }
  }
`);

const DraftAgreementMutation = graphql(`
  mutation EmployerIntroductionsDraft($id: ID!) {
    draftAgreementFromIntroduction(id: $id) {
      id
      title
    }
  }
`);

type Shown = IntroductionStatus | 'ALL';

/** The employer's introduction requests and what came of them; an accepted one shows who it is. */
export function EmployerIntroductionsRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [shown, setShown] = useState<Shown>('ALL');
  const { data, loading, error, refetch } = useQuery(EmployerIntroductionsRouteQuery, {
    variables: { statuses: shown === 'ALL' ? null : [shown] },
    fetchPolicy: 'cache-and-network',
  });
  const [draft, drafting] = useMutation(DraftAgreementMutation, { refetchQueries: ['EmployerIntroductionsRouteQuery'] });
  const date = (v: string | null | undefined) => formatDate(v, i18n.language);
  const makeAgreement = async (id: string) => {
    try {
      const result = await draft({ variables: { id } });
      const agreement = result.data?.draftAgreementFromIntroduction;
      if (!agreement) return;
      notifications.show({ color: 'teal', message: t('employer.introductions.drafted', { title: agreement.title }) });
      void navigate(`/agreements/${agreement.id}`);
    } catch (e) {
      notifications.show({ color: 'red', title: t('employer.introductions.draftFailed'), message: errorMessage(e) });
    }
  };
  const nodes = data?.introductions.nodes ?? [];
  const body = (() => {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    if (loading && !data) return <LoadingState />;
    if (nodes.length === 0) return <EmptyState title={t('employer.introductions.none')} />;
    return (
      <Stack gap="sm">
        {nodes.map((i) => {
          const who = i.participant?.name ?? i.candidate?.pseudonym ?? t('employer.introductions.hidden');
          return (
            <Card key={i.id} withBorder component="article" aria-label={who}>
              <Group justify="space-between" align="flex-start">
                <div>
                  <Text fw={600} size="lg">
                    {who}
                  </Text>
                  {i.participant && i.candidate ? (
                    <Text size="xs" c="dimmed">
                      {i.candidate.pseudonym}
                    </Text>
                  ) : null}
                  <Text size="sm">
                    {i.opportunity ? t('employer.introductions.about', { title: i.opportunity.title }) : t('employer.introductions.noOpening')}
                  </Text>
                </div>
                <IntroductionStatusBadge status={i.status} />
              </Group>
              {i.message ? (
                <Text size="sm" mt="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                  «{i.message}»
                </Text>
              ) : null}
              <SimpleGrid cols={{ base: 2, sm: 4 }} mt="sm">
                <DetailField label={t('employer.introductions.requestedAt')} value={date(i.requestedAt)} />
                <DetailField label={t('employer.introductions.deadline')} value={date(i.deadline)} />
                <DetailField label={t('employer.introductions.answeredAt')} value={i.answeredAt ? date(i.answeredAt) : null} />
                {i.revealedUntil ? <DetailField label={t('employer.introductions.revealedUntil')} value={date(i.revealedUntil)} /> : null}
              </SimpleGrid>
              {i.participant ? (
                <Group gap="lg" mt="sm">
                  {i.participant.email ? (
                    <Group gap={4}>
                      <IconMail size={16} aria-hidden />
                      <Anchor href={`mailto:${i.participant.email}`} size="sm">
                        {i.participant.email}
                      </Anchor>
                    </Group>
                  ) : null}
                  {i.participant.phone ? (
                    <Group gap={4}>
                      <IconPhone size={16} aria-hidden />
                      <Text size="sm">{i.participant.phone}</Text>
                    </Group>
                  ) : null}
                </Group>
              ) : null}
              {i.status === 'ACCEPTED' ? (
                <Group mt="sm" gap="sm">
                  {i.agreement ? (
                    <>
                      <Anchor component={Link} to={`/agreements/${i.agreement.id}`}>
                        {t('employer.introductions.openAgreement', { title: i.agreement.title })}
                      </Anchor>
                      <StatusBadge status={i.agreement.status} />
                    </>
                  ) : i.participant ? (
                    <Button leftSection={<IconFileDescription size={16} />} loading={drafting.loading} onClick={() => void makeAgreement(i.id)}>
                      {t('employer.introductions.draftAgreement')}
                    </Button>
                  ) : null}
                </Group>
              ) : null}
            </Card>
          );
        })}
      </Stack>
    );
  })();
  return (
    <Stack gap="sm">
      <Title order={1} size="h2">
        {t('employer.introductions.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('employer.introductions.intro')}
      </Text>
      <ViewSwitch
        label={t('fields.status')}
        value={shown}
        onChange={(v) => setShown(v)}
        data={[
          { value: 'ALL', label: t('employer.introductions.all') },
          ...INTRODUCTION_STATUSES.map((s) => ({ value: s, label: t(`employer.introductionStatus.${s}`) })),
        ]}
      />
      {body}
    </Stack>
  );
}
