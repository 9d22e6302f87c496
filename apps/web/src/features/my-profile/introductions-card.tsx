import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-error';
import { INTRODUCTION_STATUS_COLORS } from '../introductions/introduction-status-badge';
import { ErrorState } from '../states/error-state';
import { ConfirmDialog } from './confirm-dialog';
import { LoadingState } from '../states/loading-state';

// Introductions are their own part of the page (issue 5's API), so they have their own query:
// a failure there leaves the rest of the profile usable.
const MyIntroductionsQuery = graphql(`
  query MyIntroductionsQuery {
    introductions(first: 50) {
      nodes {
        id
        status
        message
        requestedAt
        deadline
        answeredAt
        organization {
          id
          name
        }
        opportunity {
          id
          title
        }
      }
    }
  }
`);

const AnswerIntroduction = graphql(`
  mutation IntroductionsCardAnswer($id: ID!, $accept: Boolean!) {
    answerIntroduction(id: $id, accept: $accept) {
      id
      status
      answeredAt
    }
  }
`);

const WithdrawIntroduction = graphql(`
  mutation IntroductionsCardWithdraw($id: ID!) {
    withdrawIntroduction(id: $id) {
      id
      status
    }
  }
`);

/** Employers' requests to meet the participant, answered here: yes reveals the name, no does not. */
export function IntroductionsCard() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyIntroductionsQuery, { fetchPolicy: 'cache-and-network' });
  const [answer, answering] = useMutation(AnswerIntroduction);
  // The answer waiting to be confirmed: a yes shows the name at once, a no closes the request for good.
  const [answerAsked, setAnswerAsked] = useState<{ id: string; name: string; accept: boolean } | null>(null);
  const respond = async ({ id, accept, name }: { id: string; name: string; accept: boolean }) => {
    try {
      await answer({ variables: { id, accept } });
      notifications.show({ color: 'teal', message: t(accept ? 'me.introductions.accepted' : 'me.introductions.declined', { name }) });
      setAnswerAsked(null);
    } catch (e) {
      notifications.show({ color: 'red', title: t('me.introductions.answerFailed'), message: errorMessage(e) });
    }
  };
  const [withdraw, withdrawing] = useMutation(WithdrawIntroduction);
  // The introduction a withdrawal waits to be confirmed for: taking back a yes cannot be undone.
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const confirmWithdrawal = async (target: { id: string; name: string }) => {
    try {
      await withdraw({ variables: { id: target.id } });
      notifications.show({ color: 'teal', message: t('me.introductions.withdrawn', { name: target.name }) });
      setConfirming(null);
    } catch (e) {
      notifications.show({ color: 'red', title: t('me.introductions.withdrawFailed'), message: errorMessage(e) });
    }
  };
  const nodes = data?.introductions.nodes ?? [];
  return (
    <Card withBorder>
      <Text fw={600} mb={4} component="h2">
        {t('me.introductions.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t('me.introductions.help')}
      </Text>
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {!error && loading && !data ? <LoadingState /> : null}
      {data && nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('me.introductions.none')}
        </Text>
      ) : null}
      <Stack gap="sm">
        {nodes.map((i) => (
          <Card key={i.id} withBorder padding="sm">
            <Group justify="space-between" align="flex-start">
              <div>
                <Text fw={500}>{i.organization.name}</Text>
                {i.opportunity ? (
                  <Text size="sm">{t('me.introductions.about', { title: i.opportunity.title })}</Text>
                ) : null}
              </div>
              <Badge color={INTRODUCTION_STATUS_COLORS[i.status]} variant="light">
                {t(`me.introductions.status.${i.status}`)}
              </Badge>
            </Group>
            {i.message ? (
              <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {i.message}
              </Text>
            ) : null}
            {i.status === 'REQUESTED' ? (
              <Group mt="sm" justify="space-between">
                {i.deadline ? (
                  <Text size="xs" c="dimmed">
                    {t('me.introductions.deadline', { date: formatDate(i.deadline, i18n.language) })}
                  </Text>
                ) : (
                  <span />
                )}
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="default"
                    disabled={answering.loading}
                    aria-haspopup="dialog"
                    onClick={() => setAnswerAsked({ id: i.id, name: i.organization.name, accept: false })}
                  >
                    {t('me.introductions.decline')}
                  </Button>
                  <Button
                    size="xs"
                    disabled={answering.loading}
                    aria-haspopup="dialog"
                    onClick={() => setAnswerAsked({ id: i.id, name: i.organization.name, accept: true })}
                  >
                    {t('me.introductions.accept')}
                  </Button>
                </Group>
              </Group>
            ) : null}
            {i.status === 'ACCEPTED' ? (
              <Group mt="sm" justify="flex-end">
                <Button size="xs" variant="default" onClick={() => setConfirming({ id: i.id, name: i.organization.name })}>
                  {t('me.introductions.withdraw')}
                </Button>
              </Group>
            ) : null}
          </Card>
        ))}
      </Stack>
      <ConfirmDialog
        question={
          answerAsked && {
            title: t(answerAsked.accept ? 'me.introductions.confirmAcceptTitle' : 'me.introductions.confirmDeclineTitle', { name: answerAsked.name }),
            body: t(answerAsked.accept ? 'me.introductions.confirmAcceptBody' : 'me.introductions.confirmDeclineBody', { name: answerAsked.name }),
            confirm: t(answerAsked.accept ? 'me.introductions.confirmAccept' : 'me.introductions.confirmDecline'),
          }
        }
        loading={answering.loading}
        onConfirm={() => answerAsked && void respond(answerAsked)}
        onCancel={() => setAnswerAsked(null)}
      />
      <ConfirmDialog
        question={
          confirming && {
            title: t('me.introductions.confirmWithdrawTitle'),
            body: t('me.introductions.confirmWithdrawBody', { name: confirming.name }),
            confirm: t('me.introductions.withdraw'),
            color: 'red',
          }
        }
        loading={withdrawing.loading}
        onConfirm={() => confirming && void confirmWithdrawal(confirming)}
        onCancel={() => setConfirming(null)}
      />
    </Card>
  );
}
