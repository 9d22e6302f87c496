import { Badge, Button, Group } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shows whether ForceAtlas2 is running and lets the user stop or resume it. */
export function LayoutControl({ running, onStart, onStop }: { running: boolean; onStart: () => void; onStop: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge color={running ? 'teal' : 'gray'} variant={running ? 'filled' : 'light'} aria-live="polite">
        {running ? t('explorer.layoutRunning') : t('explorer.layoutStopped')}
      </Badge>
      {running ? (
        <Button size="xs" variant="light" color="red" leftSection={<IconPlayerStop size={14} />} onClick={onStop}>
          {t('explorer.layoutStop')}
        </Button>
      ) : (
        <Button size="xs" variant="light" leftSection={<IconPlayerPlay size={14} />} onClick={onStart}>
          {t('explorer.layoutStart')}
        </Button>
      )}
    </Group>
  );
}
