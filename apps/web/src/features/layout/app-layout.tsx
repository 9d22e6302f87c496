import { useQuery } from '@apollo/client/react';
import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAffiliate } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { graphql } from '../../gql';
import { errorCode } from '../../lib/graphql-error';
import { ViewerContext, type Viewer } from '../session/viewer-context';
import { ErrorState } from '../states/error-state';
import { LoadingState } from '../states/loading-state';
import { LanguageSwitch } from './language-switch';
import { NavMenu } from './nav-menu';
import { UserMenu } from './user-menu';

const AppLayoutQuery = graphql(`
  query AppLayoutQuery {
    viewer {
      id
      email
      role
      person {
        id
      }
      organization {
        id
      }
    }
  }
`);

/** The logged-in frame: finds out who is here, then shows their role's menu around the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const { data, error, loading, refetch } = useQuery(AppLayoutQuery, { fetchPolicy: 'network-only' });
  const viewer = useMemo<Viewer | null>(
    () =>
      data
        ? {
            id: data.viewer.id,
            email: data.viewer.email,
            role: data.viewer.role,
            personId: data.viewer.person?.id ?? null,
            organizationId: data.viewer.organization?.id ?? null,
          }
        : null,
    [data],
  );

  if (error && errorCode(error) === 'UNAUTHENTICATED') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !viewer) return <LoadingState />;

  return (
    <ViewerContext.Provider value={viewer}>
      <AppShell
        header={{ height: 56 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          {/* One line that never wraps: a wrapped header grows past its 56 px and covers the page. */}
          <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
              <IconAffiliate size={24} color="var(--mantine-color-teal-7)" />
              <Text fw={700} size="lg">
                Brobygger
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitch />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <NavMenu role={viewer.role} onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </ViewerContext.Provider>
  );
}
