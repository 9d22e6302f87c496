import {
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BENEFIT_KINDS,
  MAX_PARTICIPANT_HOURS_PER_WEEK,
  updateParticipantProfileSchema,
  type BenefitKind,
} from '@brobygger/domain';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { ListItemForm } from '../editable-list/list-item-form';
import { OrganizationPicker } from '../pickers/organization-picker';
import { PersonPicker } from '../pickers/person-picker';
import { useJourney, useJourneyMutation } from './journey-context';

export const ProfileFactsCard_profile = graphql(`
  fragment ProfileFactsCard_profile on ParticipantProfile {
    municipalityNumber
    municipalityName
    hoursPerWeek
    benefit
    publicPartner {
      id
      name
    }
    coordinator {
      id
      name
    }
  }
`);

const SaveFacts = graphql(`
  mutation ProfileFactsCardSave($personId: ID!, $input: ParticipantProfileInput!) {
    updateParticipantProfile(personId: $personId, input: $input) {
      id
    }
  }
`);

interface Values extends Record<string, unknown> {
  municipalityNumber: string;
  municipalityName: string;
  /** '' while empty: Mantine's NumberInput gives a string for an empty field. */
  hoursPerWeek: number | string;
  benefit: BenefitKind | null;
  publicPartnerId: string;
  coordinatorId: string;
}

/**
 * The facts a coordinator keeps about a participant's follow-up: municipality, hours a week,
 * benefit, public partner (the NAV office) and coordinator. Benefit is sensitive; the API shows
 * it to coordinators only.
 */
export function ProfileFactsCard(props: {
  profile: FragmentType<typeof ProfileFactsCard_profile>;
}) {
  const { t } = useTranslation();
  const { personId, coordinator } = useJourney();
  const profile = useFragment(ProfileFactsCard_profile, props.profile);
  const save = useJourneyMutation(SaveFacts);
  const [editing, setEditing] = useState(false);
  const headingId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => button.current?.focus());
  };
  const none = t('journey.facts.none');
  const municipality = [
    profile.municipalityName,
    profile.municipalityNumber ? `(${profile.municipalityNumber})` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const initialValues: Values = {
    municipalityNumber: profile.municipalityNumber ?? '',
    municipalityName: profile.municipalityName ?? '',
    hoursPerWeek: profile.hoursPerWeek ?? '',
    benefit: profile.benefit ?? null,
    publicPartnerId: profile.publicPartner?.id ?? '',
    coordinatorId: profile.coordinator?.id ?? '',
  };
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={2} size="h4" id={headingId}>
          {t('journey.facts.title')}
        </Title>
        {coordinator ? (
          <Button
            ref={button}
            size="xs"
            variant="light"
            leftSection={<IconPencil size={14} />}
            onClick={() => setEditing(true)}
            disabled={editing}
          >
            {t('journey.facts.edit')}
          </Button>
        ) : null}
      </Group>
      {editing ? (
        <ListItemForm
          label={t('journey.facts.edit')}
          schema={updateParticipantProfileSchema}
          initialValues={initialValues}
          toInput={(values) => ({
            ...values,
            hoursPerWeek: values.hoursPerWeek === '' ? null : values.hoursPerWeek,
          })}
          submitLabel={t('editableList.save')}
          onCancel={close}
          onSubmit={async (input) => {
            await save({ variables: { personId, input } });
            notifications.show({ color: 'teal', message: t('journey.facts.saved') });
            close();
          }}
        >
          {(form) => (
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                <TextInput
                  label={t('journey.facts.municipalityNumber')}
                  inputMode="numeric"
                  data-autofocus
                  autoFocus
                  {...form.getInputProps('municipalityNumber')}
                />
                <TextInput
                  label={t('journey.facts.municipalityName')}
                  {...form.getInputProps('municipalityName')}
                />
                <NumberInput
                  label={t('journey.facts.hours')}
                  description={t('journey.facts.hoursHelp')}
                  min={0}
                  max={MAX_PARTICIPANT_HOURS_PER_WEEK}
                  // Too many hours is refused with a message, never cut silently to the maximum.
                  clampBehavior="none"
                  allowDecimal={false}
                  allowNegative={false}
                  {...form.getInputProps('hoursPerWeek')}
                />
              </SimpleGrid>
              <Select
                label={t('journey.facts.benefit')}
                clearable
                data={BENEFIT_KINDS.map((b) => ({ value: b, label: t(`benefit.${b}`) }))}
                {...form.getInputProps('benefit')}
              />
              <OrganizationPicker
                label={t('journey.facts.publicPartner')}
                sectors={['PUBLIC']}
                value={form.values.publicPartnerId || null}
                initialLabel={profile.publicPartner?.name}
                onChange={(id) => form.setFieldValue('publicPartnerId', id ?? '')}
                error={form.errors['publicPartnerId'] as string | undefined}
              />
              <PersonPicker
                label={t('journey.facts.coordinator')}
                professionalsOnly
                value={form.values.coordinatorId || null}
                initialLabel={profile.coordinator?.name}
                onChange={(id) => form.setFieldValue('coordinatorId', id ?? '')}
                error={form.errors['coordinatorId'] as string | undefined}
              />
            </Stack>
          )}
        </ListItemForm>
      ) : (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="dl" m={0}>
          <Fact label={t('journey.facts.municipality')} value={municipality || none} />
          <Fact
            label={t('journey.facts.hours')}
            value={
              profile.hoursPerWeek != null
                ? t('journey.hours', { count: profile.hoursPerWeek })
                : none
            }
          />
          <Fact
            label={t('journey.facts.benefit')}
            value={profile.benefit ? t(`benefit.${profile.benefit}`) : none}
          />
          <Fact
            label={t('journey.facts.publicPartner')}
            value={profile.publicPartner?.name ?? none}
          />
          <Fact label={t('journey.facts.coordinator')} value={profile.coordinator?.name ?? none} />
        </SimpleGrid>
      )}
    </Card>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {value}
      </Text>
    </div>
  );
}
