import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_KINDS,
  PARTY_ROLES,
  agreementPartySchema,
  createAgreementSchema,
  updateAgreementSchema,
  type AgreementKind,
  type CreateAgreementInput,
} from '@brobygger/domain';
import { validateWith } from '../../lib/schema-errors';
import { submitErrors } from '../../lib/submit-errors';
import { PartyListField } from './party-list-field';
import { toPartyInputs, type PartyRow } from './party-rows';
import { DateField } from '../pickers/date-field';

export interface AgreementFormValues {
  title: string;
  kind: AgreementKind;
  startDate: string;
  endDate: string;
  goals: string;
  parties: PartyRow[];
}

/**
 * Errors for rows with no party picked yet. The schema stops at a row's missing role before
 * it checks the person or organisation, so a fresh empty row would otherwise be marked only on
 * its role; the words come from the same schema.
 */
function missingPartyErrors(
  rows: readonly PartyRow[],
  errors: Record<string, string>,
): Record<string, string> {
  const checked = validateWith(agreementPartySchema, { role: PARTY_ROLES[0] });
  const message = 'errors' in checked ? checked.errors['personId'] : undefined;
  if (!message) return errors;
  const out = { ...errors };
  rows.forEach((row, index) => {
    if (!row.party) out[`parties.${index}.personId`] ??= message;
  });
  return out;
}

/** What the form sends: the terms and the whole party list, checked by the shared domain schema. */
export type AgreementFormInput = CreateAgreementInput;

interface Props {
  initialValues: AgreementFormValues;
  /** A new agreement checks with the create schema; a draft being edited with the update schema. */
  mode: 'create' | 'update';
  submitLabel: string;
  failedTitle: string;
  /** Sends the input; a thrown error is shown under the fields it names, or as a notification. */
  onSubmit: (input: AgreementFormInput) => Promise<void>;
  onCancel: () => void;
}

/**
 * The terms of an agreement and its parties, as one form: a new draft and a draft being edited
 * share it, so both offer any number of parties of any sector. The domain's zod schema checks
 * the values before they are sent, in the UI language; the API checks them again.
 */
export function AgreementForm({
  initialValues,
  mode,
  submitLabel,
  failedTitle,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const form = useForm<AgreementFormValues>({ initialValues });
  const submit = form.onSubmit(async (values) => {
    const raw = {
      title: values.title,
      kind: values.kind,
      startDate: values.startDate,
      endDate: values.endDate,
      goals: values.goals,
      parties: toPartyInputs(values.parties),
    };
    const checked =
      mode === 'create'
        ? validateWith(createAgreementSchema, raw)
        : validateWith(updateAgreementSchema, raw);
    if ('errors' in checked) {
      form.setErrors(missingPartyErrors(values.parties, checked.errors));
      return;
    }
    try {
      await onSubmit(checked.data as AgreementFormInput);
    } catch (error) {
      form.setErrors(submitErrors(error, failedTitle));
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('fields.kind')}
            required
            allowDeselect={false}
            data={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreementKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          <DateField
            label={t('fields.startDate')}
            {...form.getInputProps('startDate')}
          />
          {/* The end's calendar opens at the start's month, where an end is looked for. */}
          <DateField label={t('fields.endDate')} opensAt={form.values.startDate} {...form.getInputProps('endDate')} />
        </SimpleGrid>
        <PartyListField
          rows={form.values.parties}
          onChange={(rows) => {
            form.setFieldValue('parties', rows);
            // Party errors are keyed by row number; once rows change, they could point at the wrong row.
            form.setErrors(
              Object.fromEntries(
                Object.entries(form.errors).filter(([key]) => !key.startsWith('parties')),
              ),
            );
          }}
          errors={form.errors}
        />
        <Textarea label={t('fields.goals')} autosize minRows={2} {...form.getInputProps('goals')} />
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
