import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { errorMessage } from '../../lib/graphql-error';
import { formatDate } from '../../lib/format';
import { ARCHIVE_DOCUMENTS, type ArchivableType } from './archive-documents';
import { dependentPhrases, dependentsOfParams, type Dependent } from './dependents';

export const ArchiveActions_impact = graphql(`
  fragment ArchiveActions_impact on DeletionImpact {
    deletable
    reason
    blockers {
      kind
      count
    }
    cascades {
      kind
      count
    }
  }
`);

/** "Arkivert" beside a record's name, with when and what it means for whoever hovers. */
export function ArchivedBadge({ archivedAt }: { archivedAt: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!archivedAt) return null;
  return (
    <Badge
      color="gray"
      variant="filled"
      title={t('archive.archivedOn', { date: formatDate(archivedAt, i18n.language) })}
    >
      {t('archive.badge')}
    </Badge>
  );
}

interface Props {
  type: ArchivableType;
  id: string;
  name: string;
  archivedAt: string | null | undefined;
  /** What deleting would do; without it there is no delete button (a participant's page). */
  impact?: FragmentType<typeof ArchiveActions_impact> | null | undefined;
  /** Where to go once the record is deleted. */
  listPath: string;
  /** False for a viewer who may delete but not archive (an employer and its own opening). */
  archivable?: boolean;
}

/**
 * Archive or restore, and delete after a confirmation that says what goes with the record — or,
 * when something still refers to it, what does, and that archiving is the way instead.
 */
export function ArchiveActions({ type, id, name, archivedAt, impact, listPath, archivable = true }: Props) {
  const { t } = useTranslation();
  const documents = ARCHIVE_DOCUMENTS[type];
  const [asking, setAsking] = useState(false);
  const done = (key: string) => () =>
    notifications.show({ color: 'teal', message: t(key, { name }) });
  const failed = (e: unknown) =>
    notifications.show({ color: 'red', title: t('archive.failed'), message: errorMessage(e) });
  const [archive, archiving] = useMutation(documents.archive, {
    variables: { id },
    onCompleted: done('archive.archived'),
    onError: failed,
  });
  const [restore, restoring] = useMutation(documents.restore, {
    variables: { id },
    onCompleted: done('archive.restored'),
    onError: failed,
  });
  return (
    <>
      {!archivable ? null : archivedAt ? (
        <Button
          variant="light"
          leftSection={<IconArchiveOff size={16} />}
          loading={restoring.loading}
          onClick={() => void restore()}
        >
          {t('archive.restore')}
        </Button>
      ) : (
        <Button
          variant="default"
          leftSection={<IconArchive size={16} />}
          loading={archiving.loading}
          onClick={() => void archive()}
        >
          {t('archive.archive')}
        </Button>
      )}
      {impact ? (
        <Button
          variant="subtle"
          color="red"
          leftSection={<IconTrash size={16} />}
          onClick={() => setAsking(true)}
        >
          {t('archive.delete')}
        </Button>
      ) : null}
      {impact && asking ? (
        <DeleteDialog
          type={type}
          id={id}
          name={name}
          archived={Boolean(archivedAt)}
          impact={impact}
          listPath={listPath}
          onArchive={archivable ? () => void archive().then(() => setAsking(false)) : undefined}
          onClose={() => setAsking(false)}
        />
      ) : null}
    </>
  );
}

function DependentList({ dependents }: { dependents: readonly Dependent[] }) {
  const { t } = useTranslation();
  return (
    <List size="sm">
      {dependentPhrases(t, dependents).map((phrase) => (
        <List.Item key={phrase}>{phrase}</List.Item>
      ))}
    </List>
  );
}

function DeleteDialog(props: {
  type: ArchivableType;
  id: string;
  name: string;
  archived: boolean;
  impact: FragmentType<typeof ArchiveActions_impact>;
  listPath: string;
  /** Archiving instead, where the viewer may. */
  onArchive: (() => void) | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { type, id, name } = props;
  const impact = useFragment(ArchiveActions_impact, props.impact);
  const navigate = useNavigate();
  const client = useApolloClient();
  // A refusal that arrives anyway (someone referred to the record meanwhile) names its blockers.
  const [refused, setRefused] = useState<{ reason: string; blockers: Dependent[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [remove, { loading }] = useMutation(ARCHIVE_DOCUMENTS[type].remove, {
    variables: { id },
    onCompleted: () => {
      notifications.show({ color: 'teal', message: t('archive.deleted', { name }) });
      client.cache.evict({ id: client.cache.identify({ __typename: type, id }) });
      void navigate(props.listPath);
    },
    onError: (e) => {
      const extensions = CombinedGraphQLErrors.is(e) ? e.errors[0]?.extensions : undefined;
      const reason = extensions?.['reason'];
      if (reason === 'IN_USE' || reason === 'PARTICIPANT') {
        setRefused({
          reason,
          blockers: dependentsOfParams(
            extensions?.['params'] as Record<string, unknown> | undefined,
          ),
        });
      } else {
        setError(e);
      }
    },
  });
  const reason = refused?.reason ?? impact.reason;
  const blockers = refused?.blockers ?? impact.blockers;
  const blocked = reason === 'IN_USE' || reason === 'PARTICIPANT';
  const close = (
    <Button variant="default" onClick={props.onClose}>
      {blocked ? t('archive.close') : t('actions.cancel')}
    </Button>
  );
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={t(blocked ? 'archive.inUseTitle' : 'archive.deleteTitle', { name })}
    >
      <Stack gap="sm">
        {reason === 'PARTICIPANT' ? <Text size="sm">{t('archive.participant')}</Text> : null}
        {reason === 'IN_USE' ? (
          <>
            <Text size="sm">{t('archive.inUse', { name })}</Text>
            <DependentList dependents={blockers} />
            <Text size="sm">{t('archive.inUseHint')}</Text>
          </>
        ) : null}
        {!blocked ? (
          <>
            {impact.cascades.length ? (
              <>
                <Text size="sm">{t('archive.goesWith', { name })}</Text>
                <DependentList dependents={impact.cascades} />
              </>
            ) : (
              <Text size="sm">{t('archive.nothingGoesWith')}</Text>
            )}
            <Text size="sm" fw={600}>
              {t('archive.deleteBody')}
            </Text>
          </>
        ) : null}
        {error ? (
          <Alert color="red" variant="light">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          {close}
          {blocked && !props.archived && props.onArchive ? (
            <Button leftSection={<IconArchive size={16} />} onClick={props.onArchive}>
              {t('archive.archive')}
            </Button>
          ) : null}
          {!blocked ? (
            <Button color="red" loading={loading} onClick={() => void remove()}>
              {t('archive.confirmDelete')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
