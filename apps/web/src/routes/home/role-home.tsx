import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@brobygger/domain';
import { useViewer } from '../../features/session/viewer-context';

/**
 * The landing page of roles whose own screens arrive in later issues. It says who is logged
 * in and what the role will find here, so the menu and the guard are already in place.
 */
export function RoleHome({ role }: { role: Exclude<Role, 'COORDINATOR' | 'RESEARCHER'> }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const upcoming = t(`home.${role}.upcoming`, { returnObjects: true }) as string[];
  return (
    <Stack maw={720}>
      <Title order={1}>{t(`home.${role}.title`)}</Title>
      <Text c="dimmed">{t('home.loggedInAs', { email: viewer.email })}</Text>
      <Card withBorder>
        <Text fw={500} mb="xs">
          {t('home.upcomingTitle')}
        </Text>
        <List>
          {upcoming.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      </Card>
    </Stack>
  );
}
