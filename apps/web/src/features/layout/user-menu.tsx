import { useApolloClient, useMutation } from '@apollo/client/react';
import { Avatar, Box, Group, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { useViewer } from '../session/viewer-context';

const LogoutMutation = graphql(`
  mutation UserMenuLogout {
    logout
  }
`);

export function UserMenu() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutMutation);
  const onLogout = async () => {
    await logout().catch(() => undefined);
    // Nothing from one account may linger in the cache for the next one.
    await client.clearStore();
    void navigate('/login');
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* Named by what it shows (WCAG 2.5.3), after a word saying what it is; on a phone only
            the avatar shows, and the address and role stay in the name for screen readers. */}
        <UnstyledButton>
          <Group gap={8} wrap="nowrap">
            <VisuallyHidden>{t('user.menu')}</VisuallyHidden>
            <Avatar size="sm" radius="xl" color="teal" aria-hidden>
              {viewer.email.slice(0, 1).toUpperCase()}
            </Avatar>
            <Box visibleFrom="sm">
              <Text size="sm" lh={1.1}>
                {viewer.email}
              </Text>
              <Text size="xs" c="gray.7" lh={1.1}>
                {t(`roles.${viewer.role}`)}
              </Text>
            </Box>
            <VisuallyHidden hiddenFrom="sm">
              {viewer.email} {t(`roles.${viewer.role}`)}
            </VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label hiddenFrom="sm" c="gray.7">
          {viewer.email}
        </Menu.Label>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void onLogout()}>
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
