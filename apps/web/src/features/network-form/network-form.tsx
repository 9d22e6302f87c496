import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { NETWORK_KINDS, createNetworkSchema, type CreateNetworkInput, type NetworkKind } from '@brobygger/domain';
import { validateWith } from '../../lib/schema-errors';
import { DateField } from '../pickers/date-field';

export interface NetworkFormValues {
  name: string;
  kind: NetworkKind | '';
  description: string;
  municipalityNumber: string;
  municipalityName: string;
  startedOn: string;
  endedOn: string;
}

export const EMPTY_NETWORK: NetworkFormValues = {
  name: '',
  kind: '',
  description: '',
  municipalityNumber: '',
  municipalityName: '',
  startedOn: '',
  endedOn: '',
};

interface Props {
  initialValues: NetworkFormValues;
  submitLabel: string;
  /** Sends the checked input; resolves to the API's field errors (empty when it went through). */
  onSubmit: (input: CreateNetworkInput) => Promise<Record<string, string>>;
  onCancel: () => void;
}

/** Create and edit form for networks, validated by the domain's schema before sending. */
export function NetworkForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<NetworkFormValues>({ initialValues });
  const submit = form.onSubmit(async (values) => {
    const checked = validateWith(createNetworkSchema, { ...values, kind: values.kind || undefined });
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    form.setErrors(await onSubmit(checked.data));
  });
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={760}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('fields.kind')}
            required
            data={NETWORK_KINDS.map((k) => ({ value: k, label: t(`networkKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
        </SimpleGrid>
        <Textarea label={t('coordination.network.description')} autosize minRows={2} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('fields.municipalityNumber')} {...form.getInputProps('municipalityNumber')} />
          <TextInput label={t('fields.municipality')} {...form.getInputProps('municipalityName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField label={t('fields.startDate')} {...form.getInputProps('startedOn')} />
          <DateField label={t('fields.endDate')} opensAt={form.values.startedOn} {...form.getInputProps('endedOn')} />
        </SimpleGrid>
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
