import { useMutation } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-error';

const RemoveMemberMutation = graphql(`
  mutation RemoveNetworkMemberButton($id: ID!) {
    removeNetworkMember(id: $id)
  }
`);

/** Removes a membership record after asking; the button names the member for screen-reader users. */
export function RemoveMemberButton({ membershipId, name }: { membershipId: string; name: string }) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveMemberMutation, {
    variables: { id: membershipId },
    refetchQueries: ['NetworkRouteQuery'],
    onCompleted: () => notifications.show({ color: 'teal', message: t('coordination.network.memberRemoved', { name }) }),
    onError: (e) => notifications.show({ color: 'red', title: t('coordination.network.memberFailed'), message: errorMessage(e) }),
  });
  const ask = () =>
    modals.openConfirmModal({
      title: t('coordination.network.confirmRemoveTitle', { name }),
      children: <Text size="sm">{t('coordination.network.confirmRemoveBody', { name })}</Text>,
      labels: { confirm: t('coordination.network.remove'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove(),
    });
  return (
    <Button size="compact-xs" variant="subtle" color="red" loading={loading} aria-label={t('coordination.network.removeNamed', { name })} onClick={ask}>
      {t('coordination.network.remove')}
    </Button>
  );
}
