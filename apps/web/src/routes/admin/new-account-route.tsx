import { useMutation } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { AccountForm } from '../../features/accounts/account-form';
import { submitErrors } from '../../lib/submit-errors';

const NewAccountMutation = graphql(`
  mutation NewAccountRouteMutation($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      email
    }
  }
`);

export function NewAccountRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create] = useMutation(NewAccountMutation, { refetchQueries: ['AccountsRouteQuery'] });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('admin.accounts.new')}
      </Title>
      <AccountForm
        onCancel={() => void navigate('/admin/accounts')}
        onSubmit={async (input) => {
          try {
            const result = await create({ variables: { input } });
            notifications.show({
              color: 'teal',
              message: t('admin.form.created', { email: result.data?.createUser.email ?? input.email }),
            });
            void navigate('/admin/accounts');
            return {};
          } catch (error) {
            return submitErrors(error, t('admin.form.saveFailed'));
          }
        }}
      />
    </Stack>
  );
}
