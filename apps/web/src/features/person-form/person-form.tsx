import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MAX_PARTICIPANT_HOURS_PER_WEEK, PARTICIPANT_STATUSES, SECTORS, createPersonSchema, type CreatePersonInput, type ParticipantStatus, type Sector } from '@brobygger/domain';
import { validateWith } from '../../lib/schema-errors';
import { OrganizationPicker } from '../pickers/organization-picker';
import { DateField } from '../pickers/date-field';

export interface PersonFormValues {
  name: string;
  sector: Sector | '';
  title: string;
  email: string;
  phone: string;
  organizationId: string | null;
  since: string;
  isParticipant: boolean;
  status: ParticipantStatus;
  municipalityName: string;
  hoursPerWeek: number | '';
}

export const EMPTY_PERSON: PersonFormValues = {
  name: '',
  sector: '',
  title: '',
  email: '',
  phone: '',
  organizationId: null,
  since: '',
  isParticipant: false,
  status: 'OUTSIDE_WORK',
  municipalityName: '',
  hoursPerWeek: '',
};

interface Props {
  initialValues: PersonFormValues;
  submitLabel: string;
  /** Whether the participant part can be set here (only when creating). */
  withParticipant: boolean;
  onSubmit: (input: CreatePersonInput) => Promise<Record<string, string>>;
  onCancel: () => void;
}

/** Create and edit form for people, validated by the domain's schema before sending. */
export function PersonForm({ initialValues, submitLabel, withParticipant, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<PersonFormValues>({ initialValues });
  const submit = form.onSubmit(async (v) => {
    const input = {
      name: v.name,
      sector: v.isParticipant ? 'CIVIL' : v.sector || undefined,
      title: v.title,
      email: v.email,
      phone: v.phone,
      organizationId: v.organizationId ?? '',
      since: v.since,
      ...(withParticipant && v.isParticipant
        ? {
            participant: {
              status: v.status,
              municipalityName: v.municipalityName || undefined,
              hoursPerWeek: v.hoursPerWeek === '' ? undefined : v.hoursPerWeek,
            },
          }
        : {}),
    };
    const checked = validateWith(createPersonSchema, input);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    form.setErrors(await onSubmit(checked.data));
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={760}>
        <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
        {withParticipant ? (
          <Checkbox label={t('person.isParticipant')} {...form.getInputProps('isParticipant', { type: 'checkbox' })} />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('fields.sector')}
            required
            disabled={form.values.isParticipant}
            data={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
            {...form.getInputProps('sector')}
            value={form.values.isParticipant ? 'CIVIL' : form.values.sector || null}
          />
          <TextInput label={t('fields.title')} {...form.getInputProps('title')} />
          <DateField label={t('fields.since')} {...form.getInputProps('since')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('fields.phone')} {...form.getInputProps('phone')} />
        </SimpleGrid>
        <OrganizationPicker
          label={t('fields.organization')}
          value={form.values.organizationId}
          onChange={(id) => form.setFieldValue('organizationId', id)}
          error={form.errors['organizationId'] as string | undefined}
        />
        {withParticipant && form.values.isParticipant ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('fields.status')}
              data={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(`participantStatus.${s}`) }))}
              {...form.getInputProps('status')}
              error={form.errors['participant.status']}
            />
            <TextInput label={t('fields.municipality')} {...form.getInputProps('municipalityName')} error={form.errors['participant.municipalityName']} />
            <NumberInput
              label={t('fields.hoursPerWeek')}
              min={0}
              max={MAX_PARTICIPANT_HOURS_PER_WEEK}
              // More than 60 is refused with the validator's message, not cut to 60 on blur.
              clampBehavior="none"
              allowDecimal={false}
              {...form.getInputProps('hoursPerWeek')}
              error={form.errors['participant.hoursPerWeek']}
            />
          </SimpleGrid>
        ) : null}
        <Group>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
