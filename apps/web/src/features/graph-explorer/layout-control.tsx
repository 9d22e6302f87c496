import { Badge, Button, Group } from '@mantine/core';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shows whether ForceAtlas2 is running and lets the user stop or resume it. */
export function LayoutControl({ running, onStart, onStop }: { running: boolean; onStart: () => void; onStop: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {/* Dark shades: white on Mantine's default teal is too faint to read (WCAG AA, 4.5:1). */}
      <Badge color={running ? 'teal.9' : 'gray'} variant={running ? 'filled' : 'light'} aria-live="polite">
        {running ? t('explorer.layoutRunning') : t('explorer.layoutStopped')}
      </Badge>
      {running ? (
        <Button size="xs" variant="default" leftSection={<IconPlayerStop size={14} color="var(--mantine-color-red-8)" aria-hidden />} onClick={onStop}>
          {t('explorer.layoutStop')}
        </Button>
      ) : (
        <Button size="xs" variant="default" leftSection={<IconPlayerPlay size={14} color="var(--mantine-color-teal-8)" aria-hidden />} onClick={onStart}>
          {t('explorer.layoutStart')}
        </Button>
      )}
    </Group>
  );
}
