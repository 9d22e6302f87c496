import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  List,
  Modal,
  Radio,
  Select,
  Stack,
  Text,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_OUTCOMES,
  EMPLOYMENT_EXTENTS,
  outcomeIsJob,
  type AgreementOutcome,
  type EmploymentExtent,
} from '@brobygger/domain';
import { type FragmentType, graphql, useFragment } from '../../gql';
import type { AgreementMoveKind } from '../../gql/graphql';
import { errorMessage, wordRefusal } from '../../lib/graphql-error';

export const LifecycleActions_agreement = graphql(`
  fragment LifecycleActions_agreement on Agreement {
    id
    kind
    allowedMoves {
      move
      allowed
      reason
      code
      params
    }
  }
`);

// Each mutation returns the fields the agreement page shows, so the cache updates in place.
const ProposeMutation = graphql(`
  mutation LifecycleActionsPropose($id: ID!) {
    proposeAgreement(id: $id) {
      ...AgreementRoute_agreement
    }
  }
`);
const ActivateMutation = graphql(`
  mutation LifecycleActionsActivate($id: ID!) {
    activateAgreement(id: $id) {
      ...AgreementRoute_agreement
    }
  }
`);
const CompleteMutation = graphql(`
  mutation LifecycleActionsComplete(
    $id: ID!
    $outcome: AgreementOutcome!
    $employment: EmploymentExtent
  ) {
    completeAgreement(id: $id, outcome: $outcome, employment: $employment) {
      ...AgreementRoute_agreement
    }
  }
`);
const TerminateMutation = graphql(`
  mutation LifecycleActionsTerminate($id: ID!, $reason: String!) {
    terminateAgreement(id: $id, reason: $reason) {
      ...AgreementRoute_agreement
    }
  }
`);

/**
 * The lifecycle buttons, enabled exactly when the API's `allowedMoves` says so; a refused
 * move shows its reason in a tooltip and, for keyboard and screen-reader users, as text.
 * Signing is per party and lives beside each party.
 */
export function LifecycleActions(props: {
  agreement: FragmentType<typeof LifecycleActions_agreement>;
}) {
  const { t } = useTranslation();
  const agreement = useFragment(LifecycleActions_agreement, props.agreement);
  const variables = { id: agreement.id };
  const fail = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: t('agreement.moveFailed'),
      message: errorMessage(error),
    });
  const [propose, proposing] = useMutation(ProposeMutation, { variables, onError: fail });
  const [activate, activating] = useMutation(ActivateMutation, { variables, onError: fail });
  const [complete, completing] = useMutation(CompleteMutation, {
    onError: fail,
    refetchQueries: ['JourneyRouteQuery'],
  });
  const [terminate, terminating] = useMutation(TerminateMutation, { onError: fail });
  const [completeOpen, completeModal] = useDisclosure(false);
  const [terminateOpen, terminateModal] = useDisclosure(false);
  const [outcome, setOutcome] = useState<AgreementOutcome | null>(null);
  const [employment, setEmployment] = useState<EmploymentExtent | null>(null);
  const [reason, setReason] = useState('');
  // HIRED after an employment or a work trial is a job: the coordinator says full or part time.
  const asksEmployment = outcomeIsJob(agreement.kind, outcome);
  const why = (m: { code?: string | null; params?: unknown; reason?: string | null }) =>
    wordRefusal(m.code, m.params);

  const move = (kind: AgreementMoveKind) => agreement.allowedMoves.find((m) => m.move === kind);
  const button = (
    kind: AgreementMoveKind,
    label: string,
    onClick: () => void,
    loading: boolean,
    color?: string,
  ) => {
    const m = move(kind);
    const allowed = m?.allowed ?? false;
    const b = (
      <Button
        onClick={onClick}
        disabled={!allowed}
        loading={loading}
        color={color}
        variant={allowed ? 'filled' : 'default'}
      >
        {label}
      </Button>
    );
    return allowed || !m?.reason ? (
      <span key={kind}>{b}</span>
    ) : (
      <Tooltip key={kind} label={why(m)} multiline w={280}>
        <span>{b}</span>
      </Tooltip>
    );
  };
  const reasons = [
    ...new Set(
      agreement.allowedMoves
        .filter((m) => !m.allowed && m.reason && m.move !== 'SIGN')
        .map((m) => `${t(`agreement.move.${m.move}`)}: ${why(m)}`),
    ),
  ];

  return (
    <Stack gap="xs">
      <Group gap="sm">
        {button('PROPOSE', t('agreement.move.PROPOSE'), () => void propose(), proposing.loading)}
        {button(
          'ACTIVATE',
          t('agreement.move.ACTIVATE'),
          () => void activate(),
          activating.loading,
        )}
        {button('COMPLETE', t('agreement.move.COMPLETE'), completeModal.open, completing.loading)}
        {button(
          'TERMINATE',
          t('agreement.move.TERMINATE'),
          terminateModal.open,
          terminating.loading,
          'red',
        )}
      </Group>
      {reasons.length > 0 ? (
        <List size="xs" c="dimmed" aria-label={t('agreement.whyNot')}>
          {reasons.map((r) => (
            <List.Item key={r}>{r}</List.Item>
          ))}
        </List>
      ) : null}
      <Modal
        opened={completeOpen}
        onClose={completeModal.close}
        title={t('agreement.completeTitle')}
      >
        <Stack>
          <Select
            label={t('fields.outcome')}
            data={AGREEMENT_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
            value={outcome}
            onChange={(v) => {
              setOutcome(v);
              setEmployment(null);
            }}
            comboboxProps={{ withinPortal: true }}
          />
          {asksEmployment ? (
            <Radio.Group
              label={t('agreements.complete.employment')}
              description={t('agreements.complete.employmentHelp')}
              required
              value={employment}
              onChange={(v) => setEmployment(v)}
            >
              <Group mt="xs">
                {EMPLOYMENT_EXTENTS.map((extent) => (
                  <Radio key={extent} value={extent} label={t(`agreements.complete.${extent}`)} />
                ))}
              </Group>
            </Radio.Group>
          ) : null}
          <Text size="sm" c="dimmed">
            {t('agreement.completeHelp')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={completeModal.close}>
              {t('actions.cancel')}
            </Button>
            <Button
              disabled={!outcome || (asksEmployment && !employment)}
              loading={completing.loading}
              onClick={() => {
                if (!outcome) return;
                void complete({
                  variables: {
                    id: agreement.id,
                    outcome,
                    employment: asksEmployment ? employment : null,
                  },
                }).then((r) => {
                  if (!r.data) return;
                  notifications.show({ color: 'teal', message: t('agreements.complete.done') });
                  completeModal.close();
                });
              }}
            >
              {t('agreement.move.COMPLETE')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={terminateOpen}
        onClose={terminateModal.close}
        title={t('agreement.terminateTitle')}
      >
        <Stack>
          {/* Focus starts here, not on the close button: a space typed there threw the reason away. */}
          <Textarea
            label={t('fields.reason')}
            required
            data-autofocus
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={3}
          />
          <Group justify="flex-end">
            {/* Not "Avbryt": in Norwegian that is also the word for terminating the agreement. */}
            <Button variant="default" onClick={terminateModal.close}>
              {t('agreement.keepAgreement')}
            </Button>
            <Button
              color="red"
              disabled={reason.trim() === ''}
              loading={terminating.loading}
              onClick={() =>
                void terminate({ variables: { id: agreement.id, reason } }).then(
                  (r) => r.data && terminateModal.close(),
                )
              }
            >
              {t('agreement.move.TERMINATE')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
