import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" gap="sm">
        <Title order={2}>{t('states.notFound')}</Title>
        <Text c="dimmed">{t('states.notFoundBody')}</Text>
        <Button component={Link} to="/" variant="light">
          {t('states.notAllowed.home')}
        </Button>
      </Stack>
    </Center>
  );
}
