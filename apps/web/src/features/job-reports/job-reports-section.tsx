import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { EmptyState } from '../states/empty-state';
import { ErrorState } from '../states/error-state';
import { LoadingState } from '../states/loading-state';
import { formatDate } from '../../lib/format';
import {
  ConfirmJobReportModal,
  DismissJobReportModal,
  type ReportInDialog,
} from './job-report-dialogs';

export const JobReportsSection_reports = graphql(`
  fragment JobReportsSection_reports on JobReportConnection {
    totalCount
    nodes {
      id
      reportedAt
      defaultStatus
      participant {
        id
        name
      }
      opportunity {
        id
        title
        hoursPerWeek
      }
      reportedBy {
        id
        name
      }
    }
  }
`);

interface Props {
  reports: FragmentType<typeof JobReportsSection_reports> | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/**
 * Employers' "got the job" reports waiting for a coordinator: confirm one to record the job on
 * the participant's journey, or dismiss it (DESIGN.md: only coordinators write a journey).
 */
export function JobReportsSection(props: Props) {
  const { t, i18n } = useTranslation();
  const data = useFragment(JobReportsSection_reports, props.reports);
  const [confirming, setConfirming] = useState<ReportInDialog | null>(null);
  const [dismissing, setDismissing] = useState<ReportInDialog | null>(null);
  const nodes = data?.nodes ?? [];
  const body = (() => {
    if (props.error) return <ErrorState error={props.error} onRetry={props.onRetry} />;
    if (props.loading && !data) return <LoadingState />;
    if (nodes.length === 0) return <EmptyState title={t('coordination.jobReports.none')} />;
    return (
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('coordination.jobReports.participant')}</Table.Th>
              <Table.Th>{t('coordination.jobReports.opening')}</Table.Th>
              <Table.Th>{t('coordination.jobReports.organization')}</Table.Th>
              <Table.Th>{t('coordination.jobReports.reportedAt')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {nodes.map((r) => {
              const report: ReportInDialog = {
                id: r.id,
                participant: r.participant?.name ?? '–',
                opening: r.opportunity.title,
                organization: r.reportedBy.name,
                hoursPerWeek: r.opportunity.hoursPerWeek ?? null,
                defaultStatus: r.defaultStatus,
              };
              const names = { participant: report.participant, organization: report.organization };
              return (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    {r.participant ? (
                      <Anchor component={Link} to={`/participants/${r.participant.id}`}>
                        {r.participant.name}
                      </Anchor>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                  <Table.Td>{r.opportunity.title}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/organizations/${r.reportedBy.id}`}>
                      {r.reportedBy.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatDate(r.reportedAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap" justify="flex-end">
                      <Button
                        size="compact-sm"
                        variant="light"
                        aria-label={t('coordination.jobReports.confirmFor', names)}
                        onClick={() => setConfirming(report)}
                      >
                        {t('coordination.jobReports.confirm')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={t('coordination.jobReports.dismissFor', names)}
                        onClick={() => setDismissing(report)}
                      >
                        {t('coordination.jobReports.dismiss')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  })();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('coordination.jobReports.intro')}
      </Text>
      <Paper withBorder p="xs">
        {body}
      </Paper>
      {data && data.totalCount > nodes.length ? (
        <Text size="sm" c="dimmed">
          {t('coordination.jobReports.more', { shown: nodes.length, count: data.totalCount })}
        </Text>
      ) : null}
      <ConfirmJobReportModal
        key={confirming?.id ?? 'none'}
        report={confirming}
        onClose={() => setConfirming(null)}
      />
      <DismissJobReportModal report={dismissing} onClose={() => setDismissing(null)} />
    </Stack>
  );
}
