import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  MAX_OPPORTUNITY_TALENTS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  createOpportunitySchema,
  type CreateOpportunityInput,
  type OpportunityKind,
  type OpportunityStatus,
} from '@brobygger/domain';
import { validateWith } from '../../lib/schema-errors';
import { OrganizationPicker } from '../pickers/organization-picker';

export interface OpportunityFormValues {
  organizationId: string;
  title: string;
  kind: OpportunityKind | '';
  status: OpportunityStatus;
  description: string;
  municipalityNumber: string;
  municipalityName: string;
  hoursPerWeek: number | '';
  talents: string[];
}

export const EMPTY_OPPORTUNITY: OpportunityFormValues = {
  organizationId: '',
  title: '',
  kind: '',
  status: 'OPEN',
  description: '',
  municipalityNumber: '',
  municipalityName: '',
  hoursPerWeek: '',
  talents: [],
};

interface Props {
  initialValues: OpportunityFormValues;
  submitLabel: string;
  /** Coordinators choose the organisation; an employer's openings are always their own. */
  chooseOrganization: boolean;
  /** Sends the checked input; resolves to the API's field errors (empty when it went through). */
  onSubmit: (input: CreateOpportunityInput) => Promise<Record<string, string>>;
  onCancel: () => void;
}

/** Create and edit form for openings, validated by the domain's schema before sending. */
export function OpportunityForm({ initialValues, submitLabel, chooseOrganization, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<OpportunityFormValues>({ initialValues });
  const submit = form.onSubmit(async (values) => {
    const checked = validateWith(createOpportunitySchema, {
      ...values,
      kind: values.kind || undefined,
      hoursPerWeek: values.hoursPerWeek === '' ? null : values.hoursPerWeek,
    });
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    form.setErrors(await onSubmit(checked.data));
  });
  const talentsError = Object.entries(form.errors).find(([key]) => key.startsWith('talents'))?.[1];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={760}>
        {chooseOrganization ? (
          <OrganizationPicker
            label={t('fields.organization')}
            required
            sectors={['BUSINESS']}
            value={form.values.organizationId || null}
            onChange={(id) => {
              form.setFieldValue('organizationId', id ?? '');
              form.clearFieldError('organizationId');
            }}
            error={form.errors['organizationId'] as string | undefined}
          />
        ) : null}
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('fields.kind')}
            required
            data={OPPORTUNITY_KINDS.map((k) => ({ value: k, label: t(`opportunityKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('fields.status')}
            allowDeselect={false}
            data={OPPORTUNITY_STATUSES.map((s) => ({ value: s, label: t(`opportunityStatus.${s}`) }))}
            {...form.getInputProps('status')}
          />
          <NumberInput label={t('fields.hoursPerWeek')} min={0} max={100} {...form.getInputProps('hoursPerWeek')} />
        </SimpleGrid>
        <TagsInput
          label={t('employer.opening.talents')}
          description={t('employer.opening.talentsHelp')}
          maxTags={MAX_OPPORTUNITY_TALENTS}
          value={form.values.talents}
          onChange={(v) => {
            form.setFieldValue('talents', v);
            form.clearFieldError('talents');
          }}
          error={talentsError as string | undefined}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.municipalityNumber')} {...form.getInputProps('municipalityNumber')} />
          <TextInput label={t('fields.municipality')} {...form.getInputProps('municipalityName')} />
        </SimpleGrid>
        <Textarea label={t('employer.opening.description')} autosize minRows={3} {...form.getInputProps('description')} />
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
