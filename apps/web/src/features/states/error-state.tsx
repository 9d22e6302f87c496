import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../lib/graphql-error';
import { NotAllowed } from './not-allowed';

/** Turns a failed query into what the user can act on: not allowed, not found, or retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCode(error);
  if (code === 'FORBIDDEN') return <NotAllowed />;
  const title = code === 'NOT_FOUND' ? t('states.notFound') : t('states.error');
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={title} my="md">
      {code === 'NOT_FOUND' ? null : errorMessage(error)}
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t('states.retry')}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
