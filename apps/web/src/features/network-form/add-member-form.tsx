import { useMutation } from '@apollo/client/react';
import { Autocomplete, Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { NETWORK_ROLES, createNetworkMemberSchema } from '@brobygger/domain';
import { graphql } from '../../gql';
import { todayIso } from '../../lib/format';
import { networkRoleFromTyped, networkRoleWord } from '../../lib/network-role';
import { validateWith } from '../../lib/schema-errors';
import { submitErrors } from '../../lib/submit-errors';
import { OrganizationPicker } from '../pickers/organization-picker';
import { PersonPicker } from '../pickers/person-picker';
import { DateField } from '../pickers/date-field';

const AddMemberMutation = graphql(`
  mutation AddNetworkMemberFormMutation($input: AddNetworkMemberInput!) {
    addNetworkMember(input: $input) {
      id
    }
  }
`);

interface Values {
  memberKind: 'person' | 'organization';
  personId: string;
  organizationId: string;
  role: string;
  joinedOn: string;
}

/** Adds a person or an organisation to a network, with a role and the day they joined. */
export function AddMemberForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation();
  const initialValues: Values = { memberKind: 'person', personId: '', organizationId: '', role: '', joinedOn: todayIso() };
  const form = useForm<Values>({ initialValues });
  const [add] = useMutation(AddMemberMutation, { refetchQueries: ['NetworkRouteQuery'] });
  const submit = form.onSubmit(async (values) => {
    const person = values.memberKind === 'person';
    const checked = validateWith(createNetworkMemberSchema, {
      networkId,
      personId: person ? values.personId : null,
      organizationId: person ? null : values.organizationId,
      role: networkRoleFromTyped(values.role) || undefined,
      joinedOn: values.joinedOn,
    });
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    try {
      await add({ variables: { input: checked.data } });
      notifications.show({ color: 'teal', message: t('coordination.network.memberAdded') });
      form.setValues({ ...initialValues, memberKind: values.memberKind });
    } catch (error) {
      form.setErrors(submitErrors(error, t('coordination.network.memberFailed')));
    }
  });
  const pickerError = (form.errors['personId'] ?? form.errors['organizationId'] ?? form.errors['member']) as string | undefined;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('coordination.network.addMember')}>
      <Stack gap="xs">
        <SegmentedControl
          w="fit-content"
          size="xs"
          value={form.values.memberKind}
          onChange={(v) => {
            form.setFieldValue('memberKind', v);
            form.clearErrors();
          }}
          data={[
            { value: 'person', label: t('coordination.network.aPerson') },
            { value: 'organization', label: t('coordination.network.anOrganization') },
          ]}
        />
        <Group align="flex-start" grow>
          {form.values.memberKind === 'person' ? (
            <PersonPicker
              label={t('coordination.network.member')}
              required
              value={form.values.personId || null}
              onChange={(id) => form.setFieldValue('personId', id ?? '')}
              error={pickerError}
            />
          ) : (
            <OrganizationPicker
              label={t('coordination.network.member')}
              required
              value={form.values.organizationId || null}
              onChange={(id) => form.setFieldValue('organizationId', id ?? '')}
              error={pickerError}
            />
          )}
          <Autocomplete
            label={t('coordination.network.role')}
            placeholder={t('coordination.network.rolePlaceholder')}
            data={NETWORK_ROLES.map((role) => networkRoleWord(t, role))}
            {...form.getInputProps('role')}
          />
          <DateField label={t('coordination.network.joinedOn')} {...form.getInputProps('joinedOn')} />
        </Group>
        <Group>
          <Button type="submit" loading={form.submitting}>
            {t('coordination.network.addMember')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
