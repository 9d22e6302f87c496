import { Button, Group, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH, ROLES, type Role } from '@brobygger/domain';
import { createUserSchema, type CreateUserInput } from '@brobygger/domain/accounts';
import { validateWith } from '../../lib/schema-errors';
import { LinkTargetSelect } from './link-target-select';

interface Values {
  email: string;
  password: string;
  role: Role | '';
  personId: string | null;
  organizationId: string | null;
}

interface Props {
  /** Sends the input; resolves to the API's field errors (empty when it went through). */
  onSubmit: (input: CreateUserInput) => Promise<Record<string, string>>;
  onCancel: () => void;
}

/** A new account: e-mail, first password, role, and the person or organisation it belongs to. */
export function AccountForm({ onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initialValues: { email: '', password: '', role: '', personId: null, organizationId: null },
  });
  const submit = form.onSubmit(async (values) => {
    const checked = validateWith(createUserSchema, { ...values, role: values.role || undefined });
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    form.setErrors(await onSubmit(checked.data));
  });
  const error = (field: keyof Values) => (form.errors[field] as string | undefined) ?? null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={720}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('admin.form.email')} type="email" required autoComplete="off" {...form.getInputProps('email')} />
          <Select
            label={t('admin.role')}
            required
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
        </SimpleGrid>
        <PasswordInput
          label={t('admin.form.password')}
          description={t('admin.form.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          required
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <LinkTargetSelect
            kind="PERSON"
            label={t('admin.form.person')}
            description={t('admin.form.personHint')}
            value={form.values.personId}
            onChange={(id) => form.setFieldValue('personId', id)}
            error={error('personId')}
          />
          <LinkTargetSelect
            kind="ORGANIZATION"
            label={t('admin.form.organization')}
            description={t('admin.form.organizationHint')}
            value={form.values.organizationId}
            onChange={(id) => form.setFieldValue('organizationId', id)}
            error={error('organizationId')}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('actions.create')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
