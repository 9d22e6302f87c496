import { useMutation } from '@apollo/client/react';
import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpportunityStatus } from '@brobygger/domain';
import { type FragmentType, useFragment } from '../../gql';
import { ArchiveActions, ArchiveActions_impact } from '../../features/archive/archive-actions';
import { dependentPhrases } from '../../features/archive/dependents';
import { errorMessage } from '../../lib/graphql-error';
import { CloseOpeningMutation } from './openings-route';

interface Props {
  id: string;
  title: string;
  status: OpportunityStatus;
  impact: FragmentType<typeof ArchiveActions_impact> | null | undefined;
  listPath: string;
}

/**
 * Delete for an employer's own opening. An employer may not archive (coordinators do), so an
 * opening still in use offers what the employer can do instead: close it.
 */
export function OpeningDeleteAction({ id, title, status, impact: impactRef, listPath }: Props) {
  const { t } = useTranslation();
  const impact = useFragment(ArchiveActions_impact, impactRef);
  const [asking, setAsking] = useState(false);
  // The answer's status updates this page through the cache; the list asks again when it opens.
  const [closeOpening, closing] = useMutation(CloseOpeningMutation);
  if (!impact) return null;
  if (impact.reason !== 'IN_USE') {
    return <ArchiveActions type="Opportunity" id={id} name={title} archivedAt={null} impact={impactRef} listPath={listPath} archivable={false} />;
  }
  const open = status === 'OPEN';
  const close = async () => {
    try {
      await closeOpening({ variables: { id } });
      notifications.show({ color: 'teal', message: t('employer.opening.closed', { title }) });
      setAsking(false);
    } catch (e) {
      notifications.show({ color: 'red', title: t('employer.opening.saveFailed'), message: errorMessage(e) });
    }
  };
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setAsking(true)}>
        {t('archive.delete')}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('archive.inUseTitle', { name: title })}>
        <Stack gap="sm">
          <Text size="sm">{t('archive.inUse', { name: title })}</Text>
          <List size="sm">
            {dependentPhrases(t, impact.blockers).map((phrase) => (
              <List.Item key={phrase}>{phrase}</List.Item>
            ))}
          </List>
          <Text size="sm">{t(open ? 'employer.opening.inUseCloseHint' : 'employer.opening.inUseClosedHint')}</Text>
          <Group justify="flex-end" gap="xs">
            {/* "Lukk" would read as closing the opening beside "Lukk stillingen": cancel when both show. */}
            <Button variant="default" onClick={() => setAsking(false)}>
              {open ? t('actions.cancel') : t('archive.close')}
            </Button>
            {open ? (
              <Button loading={closing.loading} onClick={() => void close()}>
                {t('employer.opening.closeInstead')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
