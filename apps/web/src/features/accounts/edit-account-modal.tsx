import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, PasswordInput, Select, Stack, Switch } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@brobygger/domain';
import { updateUserSchema } from '@brobygger/domain/accounts';
import { graphql } from '../../gql';
import { validateWith } from '../../lib/schema-errors';
import { submitErrors } from '../../lib/submit-errors';
import { LinkTargetSelect, type LinkedEntity } from './link-target-select';

const EditAccountMutation = graphql(`
  mutation EditAccountModalMutation($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      id
      role
      active
      person {
        id
        name
      }
      organization {
        id
        name
      }
    }
  }
`);

export interface EditableAccount {
  id: string;
  email: string;
  role: Role;
  active: boolean;
  person: LinkedEntity | null;
  organization: LinkedEntity | null;
}

interface Values {
  role: Role;
  personId: string | null;
  organizationId: string | null;
  active: boolean;
  password: string;
}

/** Sets an account's role, links or unlinks its person and organisation, (de)activates it. */
export function EditAccountModal({ account, onClose }: { account: EditableAccount; onClose: () => void }) {
  const { t } = useTranslation();
  const [update] = useMutation(EditAccountMutation);
  const form = useForm<Values>({
    initialValues: {
      role: account.role,
      personId: account.person?.id ?? null,
      organizationId: account.organization?.id ?? null,
      active: account.active,
      password: '',
    },
  });
  const submit = form.onSubmit(async (values) => {
    // Only what changed is sent, so the audit log names the fields the admin actually touched.
    const changed = {
      ...(values.role !== account.role ? { role: values.role } : {}),
      ...(values.personId !== (account.person?.id ?? null) ? { personId: values.personId } : {}),
      ...(values.organizationId !== (account.organization?.id ?? null) ? { organizationId: values.organizationId } : {}),
      ...(values.active !== account.active ? { active: values.active } : {}),
      ...(values.password ? { password: values.password } : {}),
    };
    if (Object.keys(changed).length === 0) {
      onClose();
      return;
    }
    const checked = validateWith(updateUserSchema, changed);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    try {
      await update({ variables: { id: account.id, input: checked.data } });
      const key =
        values.active === account.active ? 'saved' : values.active ? 'reactivated' : 'deactivated';
      notifications.show({ color: 'teal', message: t(`admin.form.${key}`, { email: account.email }) });
      onClose();
    } catch (error) {
      form.setErrors(submitErrors(error, t('admin.form.saveFailed')));
    }
  });
  const error = (field: keyof Values) => (form.errors[field] as string | undefined) ?? null;
  return (
    <Modal opened onClose={onClose} title={t('admin.accounts.edit', { email: account.email })} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Select
            label={t('admin.role')}
            required
            allowDeselect={false}
            data={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            {...form.getInputProps('role')}
          />
          <LinkTargetSelect
            kind="PERSON"
            label={t('admin.form.person')}
            description={t('admin.form.personHint')}
            value={form.values.personId}
            current={account.person}
            onChange={(id) => form.setFieldValue('personId', id)}
            error={error('personId')}
          />
          <LinkTargetSelect
            kind="ORGANIZATION"
            label={t('admin.form.organization')}
            description={t('admin.form.organizationHint')}
            value={form.values.organizationId}
            current={account.organization}
            onChange={(id) => form.setFieldValue('organizationId', id)}
            error={error('organizationId')}
          />
          <PasswordInput
            label={t('admin.form.newPassword')}
            description={t('admin.form.newPasswordHint')}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Switch
            label={t('admin.form.activeLabel')}
            description={t('admin.form.activeHint')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('actions.save')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
