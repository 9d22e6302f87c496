import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql, useFragment } from '../../gql';
import { EditDraftForm } from '../../features/agreement/edit-draft-form';
import { LifecycleActions } from '../../features/agreement/lifecycle-actions';
import { PartyGroups } from '../../features/agreement/party-groups';
import { StatusBadge } from '../../features/agreement/status-badge';
import { ThreeSectorBadge } from '../../features/agreement/three-sector-badge';
import { DetailField } from '../../features/detail/detail-field';
import { ErrorState } from '../../features/states/error-state';
import { useViewer } from '../../features/session/viewer-context';
import { LoadingState } from '../../features/states/loading-state';
import { formatDate } from '../../lib/format';
import { agreementTitle } from '../../features/agreement/agreement-title';

export const AgreementRoute_agreement = graphql(`
  fragment AgreementRoute_agreement on Agreement {
    id
    title
    kind
    status
    goals
    startDate
    endDate
    outcome
    terminationReason
    threeSector
    proposedAt
    activatedAt
    closedAt
    network {
      id
      name
    }
    opportunity {
      id
      title
    }
    ...LifecycleActions_agreement
    ...PartyGroups_agreement
    ...EditDraftForm_agreement
  }
`);

const AgreementRouteQuery = graphql(`
  query AgreementRouteQuery($id: ID!) {
    agreement(id: $id) {
      ...AgreementRoute_agreement
    }
  }
`);

export function AgreementRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const { data, error, loading, refetch } = useQuery(AgreementRouteQuery, { variables: { id } });
  const a = useFragment(AgreementRoute_agreement, data?.agreement);
  const [editing, setEditing] = useState(false);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !a) return <LoadingState />;
  // Only a draft is edited, and only by a coordinator (the API says so too).
  const editable = viewer.role === 'COORDINATOR' && a.status === 'DRAFT';
  if (editable && editing) {
    return (
      <Stack>
        <Group gap="sm">
          <Title order={1} size="h2">
            {agreementTitle(a, t)}
          </Title>
          <StatusBadge status={a.status} />
        </Group>
        <EditDraftForm agreement={a} onDone={() => setEditing(false)} />
      </Stack>
    );
  }
  return (
    <Stack>
      <Group gap="sm" justify="space-between">
        <Group gap="sm">
          <Title order={1} size="h2">
            {agreementTitle(a, t)}
          </Title>
          <StatusBadge status={a.status} />
          {a.threeSector ? <ThreeSectorBadge /> : null}
        </Group>
        {editable ? (
          <Button
            variant="default"
            leftSection={<IconPencil size={16} />}
            onClick={() => setEditing(true)}
          >
            {t('agreements.form.editDraft')}
          </Button>
        ) : null}
      </Group>
      {/* Proposing, activating and closing are the coordinator's; an employer reads and signs. */}
      {viewer.role === 'COORDINATOR' ? (
        <Card withBorder>
          <Stack gap="sm">
            <Text fw={600}>{t('agreement.lifecycle')}</Text>
            <LifecycleActions agreement={a} />
          </Stack>
        </Card>
      ) : null}
      <Title order={2} size="h4">
        {t('agreement.parties')}
      </Title>
      <PartyGroups agreement={a} />
      <Card withBorder>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DetailField label={t('fields.kind')} value={t(`agreementKind.${a.kind}`)} />
          <DetailField
            label={t('fields.startDate')}
            value={formatDate(a.startDate, i18n.language)}
          />
          <DetailField label={t('fields.endDate')} value={formatDate(a.endDate, i18n.language)} />
          <DetailField
            label={t('agreement.proposedAt')}
            value={formatDate(a.proposedAt, i18n.language)}
          />
          <DetailField
            label={t('agreement.activatedAt')}
            value={formatDate(a.activatedAt, i18n.language)}
          />
          <DetailField
            label={t('agreement.closedAt')}
            value={formatDate(a.closedAt, i18n.language)}
          />
          <DetailField
            label={t('fields.outcome')}
            value={a.outcome ? t(`outcome.${a.outcome}`) : null}
          />
          <DetailField label={t('fields.reason')} value={a.terminationReason} />
          <Stack gap={0}>
            <Text size="xs" c="dimmed">
              {t('fields.network')}
            </Text>
            {a.network ? (
              <Anchor size="sm" component={Link} to={`/networks/${a.network.id}`}>
                {a.network.name}
              </Anchor>
            ) : (
              <Text size="sm">–</Text>
            )}
          </Stack>
        </SimpleGrid>
        {a.goals ? (
          <Stack gap={0} mt="sm">
            <Text size="xs" c="dimmed">
              {t('fields.goals')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {a.goals}
            </Text>
          </Stack>
        ) : null}
      </Card>
    </Stack>
  );
}
