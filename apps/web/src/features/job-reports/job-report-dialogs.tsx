import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { jobReportErrorText } from './job-report-error';

const ConfirmJobReportMutation = graphql(`
  mutation ConfirmJobReport($id: ID!, $status: ParticipantStatus) {
    confirmJobReport(id: $id, status: $status) {
      id
      state
      decidedAt
    }
  }
`);

const DismissJobReportMutation = graphql(`
  mutation DismissJobReport($id: ID!) {
    dismissJobReport(id: $id) {
      id
      state
      decidedAt
    }
  }
`);

const JOB_STATUSES = ['EMPLOYED_PART_TIME', 'EMPLOYED_FULL_TIME'] as const;
type JobStatus = (typeof JOB_STATUSES)[number];

/** What the dialogs need of the report they act on. */
export interface ReportInDialog {
  id: string;
  participant: string;
  opening: string;
  organization: string;
  hoursPerWeek: number | null;
  defaultStatus: string;
}

/** The page that shows the reports asks again after a decision, so the report leaves the list. */
const REFETCH = { refetchQueries: ['IntroductionsRouteQuery'] };

/**
 * Runs a decision on a report and says how it went: a note naming the participant on success
 * (and the dialog closes), the error worded from its code on failure (and the dialog stays).
 */
function useDecision(doneKey: string, onClose: () => void) {
  const { t } = useTranslation();
  return async (report: ReportInDialog, decide: () => Promise<unknown>) => {
    try {
      await decide();
      notifications.show({ color: 'teal', message: t(doneKey, { participant: report.participant }) });
      onClose();
    } catch (e) {
      notifications.show({ color: 'red', title: t('coordination.jobReports.failed'), message: jobReportErrorText(e, t) });
    }
  };
}

/** Confirms a report: the coordinator picks part- or full-time (from the opening's hours by default). */
export function ConfirmJobReportModal({
  report,
  onClose,
}: {
  report: ReportInDialog | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [confirm, confirming] = useMutation(ConfirmJobReportMutation, REFETCH);
  const fallback: JobStatus =
    report?.defaultStatus === 'EMPLOYED_PART_TIME' ? 'EMPLOYED_PART_TIME' : 'EMPLOYED_FULL_TIME';
  // The section remounts this dialog for each report (a key), so the choice starts from the default.
  const [chosen, setChosen] = useState<JobStatus | null>(null);
  const status = chosen ?? fallback;
  const decide = useDecision('coordination.jobReports.confirmed', onClose);
  const send = (r: ReportInDialog) => decide(r, () => confirm({ variables: { id: r.id, status } }));
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      title={t('coordination.jobReports.confirmTitle')}
    >
      {report ? (
        <Stack>
          <Text size="sm">
            {t('coordination.jobReports.confirmBody', {
              participant: report.participant,
              opening: report.opening,
              organization: report.organization,
            })}
          </Text>
          <Radio.Group
            label={t('coordination.jobReports.employment')}
            description={
              report.hoursPerWeek != null
                ? t('coordination.jobReports.hours', { count: report.hoursPerWeek })
                : t('coordination.jobReports.noHours')
            }
            value={status}
            onChange={(v) =>
              setChosen(v === 'EMPLOYED_PART_TIME' ? 'EMPLOYED_PART_TIME' : 'EMPLOYED_FULL_TIME')
            }
          >
            <Stack gap="xs" mt="xs">
              {JOB_STATUSES.map((s) => (
                <Radio key={s} value={s} label={t(`participantStatus.${s}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button loading={confirming.loading} onClick={() => void send(report)}>
              {t('coordination.jobReports.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}

/** Dismisses a report after asking, since a dismissal cannot be undone. */
export function DismissJobReportModal({
  report,
  onClose,
}: {
  report: ReportInDialog | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [dismiss, dismissing] = useMutation(DismissJobReportMutation, REFETCH);
  const decide = useDecision('coordination.jobReports.dismissed', onClose);
  const send = (r: ReportInDialog) => decide(r, () => dismiss({ variables: { id: r.id } }));
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      title={t('coordination.jobReports.dismissTitle')}
    >
      {report ? (
        <Stack>
          <Text size="sm">
            {t('coordination.jobReports.dismissBody', {
              participant: report.participant,
              organization: report.organization,
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button color="red" loading={dismissing.loading} onClick={() => void send(report)}>
              {t('coordination.jobReports.dismiss')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
