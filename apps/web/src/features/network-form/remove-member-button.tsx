import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-error';

const RemoveMemberMutation = graphql(`
  mutation RemoveNetworkMemberButton($id: ID!) {
    removeNetworkMember(id: $id)
  }
`);

/** Removes a membership record; the button names the member for screen-reader users. */
export function RemoveMemberButton({ membershipId, name }: { membershipId: string; name: string }) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveMemberMutation, {
    variables: { id: membershipId },
    refetchQueries: ['NetworkRouteQuery'],
    onCompleted: () => notifications.show({ color: 'teal', message: t('coordination.network.memberRemoved', { name }) }),
    onError: (e) => notifications.show({ color: 'red', title: t('coordination.network.memberFailed'), message: errorMessage(e) }),
  });
  return (
    <Button size="compact-xs" variant="subtle" color="red" loading={loading} aria-label={t('coordination.network.removeNamed', { name })} onClick={() => void remove()}>
      {t('coordination.network.remove')}
    </Button>
  );
}
