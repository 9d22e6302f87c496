import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../../gql';
import { formatDate } from '../../lib/format';

export const AccountLinksCard_person = graphql(`
  fragment AccountLinksCard_person on Person {
    accountLinks {
      email
      role
      active
      linkedAt
      linkedByRole
      unlinkedAt
      passwordResetAt
    }
  }
`);

/**
 * The accounts that can act as this participant, or could before, and who linked each: an
 * account an administrator linked to the participant is never unseen by them, not even after
 * it was unlinked, and a password someone else set is shown too.
 */
export function AccountLinksCard(props: { person: FragmentType<typeof AccountLinksCard_person> }) {
  const { t, i18n } = useTranslation();
  const { accountLinks } = useFragment(AccountLinksCard_person, props.person);
  return (
    <Card withBorder component="section" aria-labelledby="account-links-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="account-links-title">
          {t('me.accounts.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('me.accounts.intro')}
        </Text>
        <List spacing="xs" listStyleType="none" ml={0}>
          {accountLinks.map((link) => (
            <List.Item key={`${link.email}-${link.linkedAt}`}>
              <Group gap="xs" wrap="wrap">
                <Text fw={500}>{link.email}</Text>
                <Badge variant="light">{t(`roles.${link.role}`)}</Badge>
                {link.active ? null : <Badge color="gray">{t('me.accounts.inactive')}</Badge>}
                {link.unlinkedAt ? <Badge color="gray">{t('me.accounts.unlinked')}</Badge> : null}
              </Group>
              <Text size="sm" c="dimmed">
                {link.linkedByRole
                  ? t('me.accounts.linkedBy', { date: formatDate(link.linkedAt, i18n.language), role: t(`roles.${link.linkedByRole}`) })
                  : t('me.accounts.linkedOn', { date: formatDate(link.linkedAt, i18n.language) })}
              </Text>
              {link.unlinkedAt ? (
                <Text size="sm" c="dimmed">
                  {t('me.accounts.unlinkedOn', { date: formatDate(link.unlinkedAt, i18n.language) })}
                </Text>
              ) : null}
              {link.passwordResetAt ? (
                <Text size="sm" c="orange.9">
                  {t('me.accounts.passwordReset', { date: formatDate(link.passwordResetAt, i18n.language) })}
                </Text>
              ) : null}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
