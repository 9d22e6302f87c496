import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAffiliate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { LanguageSwitch } from '../../features/layout/language-switch';
import { ROLE_HOME } from '../../features/session/role-home';
import { errorMessage } from '../../lib/graphql-error';

const LoginRouteMutation = graphql(`
  mutation LoginRouteMutation($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      user {
        id
        role
      }
    }
  }
`);

/** Only same-site paths are followed after login, so a crafted link cannot send users away. */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') && next !== '/login' ? next : null;
}

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const [login, { loading, error }] = useMutation(LoginRouteMutation);
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : t('login.emailInvalid')),
      password: (v) => (v.length > 0 ? null : t('login.passwordRequired')),
    },
  });

  const onSubmit = form.onSubmit(async (values) => {
    const result = await login({ variables: values }).catch(() => null);
    const role = result?.data?.login.user.role;
    if (!role) return;
    await client.clearStore();
    void navigate(safeNext(params.get('next')) ?? ROLE_HOME[role], { replace: true });
  });

  return (
    <Center mih="100vh" bg="gray.0">
      <Stack w={380} gap="md">
        <Group justify="space-between">
          <Group gap="xs">
            <IconAffiliate size={28} color="var(--mantine-color-teal-7)" />
            <Title order={2}>Brobygger</Title>
          </Group>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <Stack>
              <Title order={3}>{t('login.title')}</Title>
              <Text size="sm" c="dimmed">
                {t('login.intro')}
              </Text>
              {error ? (
                <Alert color="red" role="alert">
                  {errorMessage(error)}
                </Alert>
              ) : null}
              <TextInput
                label={t('login.email')}
                type="email"
                autoComplete="username"
                required
                autoFocus
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('login.password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={loading} fullWidth>
                {t('login.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          {t('login.demoHint')}
        </Text>
      </Stack>
    </Center>
  );
}
