import { Card, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-error';
import { useProfileMutation } from './use-profile-mutation';

const UpdateConsent = graphql(`
  mutation ConsentCardUpdate($personId: ID!, $input: ConsentInput!) {
    updateConsent(personId: $personId, input: $input) {
      id
    }
  }
`);

type ConsentField = 'visibleToEmployers' | 'shareForResearch';

interface Consent {
  visibleToEmployers: boolean;
  visibleToEmployersChangedAt?: string | null;
  shareForResearch: boolean;
  shareForResearchChangedAt?: string | null;
}

/** The two consent switches, each with what it means in plain words and when it last changed. */
export function ConsentCard({ personId, consent }: { personId: string; consent: Consent }) {
  const { t, i18n } = useTranslation();
  const [update] = useProfileMutation(UpdateConsent);
  const [saving, setSaving] = useState<ConsentField | null>(null);
  const change = async (field: ConsentField, value: boolean) => {
    setSaving(field);
    try {
      await update({ variables: { personId, input: { [field]: value } } });
      notifications.show({ color: 'teal', message: t('me.consent.saved') });
    } catch (error) {
      notifications.show({ color: 'red', title: t('me.saveFailed'), message: errorMessage(error) });
    } finally {
      setSaving(null);
    }
  };
  const row = (field: ConsentField, changedAt: string | null | undefined) => (
    <Stack gap={4}>
      <Switch
        checked={consent[field]}
        disabled={saving === field}
        onChange={(e) => void change(field, e.currentTarget.checked)}
        label={<Text fw={500}>{t(`me.consent.${field}`)}</Text>}
        description={t(`me.consent.${field}Help`)}
      />
      <Text size="xs" c="dimmed" pl={50} data-testid={`${field}-changed`}>
        {changedAt ? t('me.consent.changedAt', { date: formatDate(changedAt, i18n.language) }) : t('me.consent.neverChanged')}
      </Text>
    </Stack>
  );
  return (
    <Card withBorder>
      <Text fw={600} mb="xs" component="h2">
        {t('me.consent.title')}
      </Text>
      <Stack gap="md">
        {row('visibleToEmployers', consent.visibleToEmployersChangedAt)}
        {row('shareForResearch', consent.shareForResearchChangedAt)}
        <Text size="xs" c="dimmed">
          {t('me.consent.immediate')}
        </Text>
      </Stack>
    </Card>
  );
}
