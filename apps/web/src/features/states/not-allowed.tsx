import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The clear "not allowed" page, for a forbidden route or an API answer of FORBIDDEN. */
export function NotAllowed() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" gap="sm" maw={480}>
        <ThemeIcon size={56} radius="xl" color="red" variant="light">
          <IconLock size={32} />
        </ThemeIcon>
        <Title order={2}>{t('states.notAllowed.title')}</Title>
        <Text c="dimmed" ta="center">
          {t('states.notAllowed.body')}
        </Text>
        <Button component={Link} to="/" variant="light">
          {t('states.notAllowed.home')}
        </Button>
      </Stack>
    </Center>
  );
}
