import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  ORGANIZATION_KINDS,
  SECTORS,
  createOrganizationSchema,
  defaultSectorForKind,
  normalizeOrgNumber,
  type CreateOrganizationInput,
  type OrganizationKind,
  type Sector,
} from '@brobygger/domain';
import { validateWith } from '../../lib/schema-errors';
import { OrgNumberInput } from './org-number-input';

export interface OrganizationFormValues {
  name: string;
  orgNumber: string;
  sector: Sector | '';
  kind: OrganizationKind | '';
  industryCode: string;
  industryName: string;
  municipalityNumber: string;
  municipalityName: string;
  address: string;
  postalCode: string;
  postalPlace: string;
  website: string;
  employees: number | '';
  publiclyOwned: boolean;
}

export const EMPTY_ORGANIZATION: OrganizationFormValues = {
  name: '',
  orgNumber: '',
  sector: '',
  kind: '',
  industryCode: '',
  industryName: '',
  municipalityNumber: '',
  municipalityName: '',
  address: '',
  postalCode: '',
  postalPlace: '',
  website: '',
  employees: '',
  publiclyOwned: false,
};

interface Props {
  initialValues: OrganizationFormValues;
  submitLabel: string;
  /** Sends the input; resolves to the API's field errors (empty when it went through). */
  onSubmit: (input: CreateOrganizationInput) => Promise<Record<string, string>>;
  onCancel: () => void;
}

/** Create and edit form for organisations, validated by the domain's schema before sending. */
export function OrganizationForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<OrganizationFormValues>({ initialValues });
  const submit = form.onSubmit(async (values) => {
    const checked = validateWith(createOrganizationSchema, {
      ...values,
      orgNumber: normalizeOrgNumber(values.orgNumber),
      employees: values.employees === '' ? undefined : values.employees,
      sector: values.sector || undefined,
      kind: values.kind || undefined,
    });
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    form.setErrors(await onSubmit(checked.data));
  });
  const text = (field: keyof OrganizationFormValues, label: string) => (
    <TextInput label={label} {...form.getInputProps(field)} />
  );
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={760}>
        <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <OrgNumberInput
            value={form.values.orgNumber}
            onChange={(v) => {
              form.setFieldValue('orgNumber', v);
              form.clearFieldError('orgNumber');
            }}
            error={form.errors['orgNumber'] as string | undefined}
          />
          <Select
            label={t('fields.kind')}
            required
            data={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
            {...form.getInputProps('kind')}
            onChange={(v) => {
              form.setFieldValue('kind', (v ?? '') as OrganizationKind | '');
              // The usual sector follows the kind, unless the user already picked one.
              if (v && !form.values.sector) form.setFieldValue('sector', defaultSectorForKind(v as OrganizationKind) ?? '');
            }}
          />
          <Select
            label={t('fields.sector')}
            required
            data={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
            {...form.getInputProps('sector')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('industryCode', t('fields.industryCode'))}
          {text('industryName', t('fields.industryName'))}
          <NumberInput label={t('fields.employees')} min={0} {...form.getInputProps('employees')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('address', t('fields.address'))}
          {text('postalCode', t('fields.postalCode'))}
          {text('postalPlace', t('fields.postalPlace'))}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {text('municipalityNumber', t('fields.municipalityNumber'))}
          {text('municipalityName', t('fields.municipality'))}
          {text('website', t('fields.website'))}
        </SimpleGrid>
        <Checkbox label={t('fields.publiclyOwned')} {...form.getInputProps('publiclyOwned', { type: 'checkbox' })} />
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
