import { useApolloClient, useMutation } from '@apollo/client/react';
import { Avatar, Menu, UnstyledButton, Group, Text } from '@mantine/core';
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
        <UnstyledButton aria-label={t('user.menu')}>
          <Group gap={8}>
            <Avatar size="sm" radius="xl" color="teal">
              {viewer.email.slice(0, 1).toUpperCase()}
            </Avatar>
            <div>
              <Text size="sm" lh={1.1}>
                {viewer.email}
              </Text>
              <Text size="xs" c="dimmed" lh={1.1}>
                {t(`roles.${viewer.role}`)}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void onLogout()}>
          {t('user.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
