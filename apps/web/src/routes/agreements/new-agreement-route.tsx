import { useMutation, useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { AgreementForm } from '../../features/agreement/agreement-form';
import { emptyRow } from '../../features/agreement/party-rows';
import { ErrorState } from '../../features/states/error-state';
import { LoadingState } from '../../features/states/loading-state';

const NewAgreementMutation = graphql(`
  mutation NewAgreementRouteMutation($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`);

// A journey's "new agreement" names its participant; the form shows them as the first party.
const NewAgreementParticipantQuery = graphql(`
  query NewAgreementParticipantQuery($id: ID!) {
    person(id: $id) {
      id
      name
      sector
      isParticipant
    }
  }
`);

/** Drafts an agreement with any number of parties of any sector. */
export function NewAgreementRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const participantId = params.get('participant');
  const participant = useQuery(NewAgreementParticipantQuery, {
    variables: { id: participantId ?? '' },
    skip: !participantId,
  });
  const [create] = useMutation(NewAgreementMutation, { refetchQueries: ['AgreementsRouteQuery'] });

  const body = (() => {
    if (participant.error)
      return <ErrorState error={participant.error} onRetry={() => void participant.refetch()} />;
    if (participantId && !participant.data) return <LoadingState />;
    const person = participant.data?.person;
    const first = person
      ? emptyRow({
          kind: 'person',
          id: person.id,
          name: person.name,
          sector: person.sector,
          isParticipant: person.isParticipant,
        })
      : null;
    return (
      <AgreementForm
        mode="create"
        initialValues={{
          title: '',
          kind: 'WORK_TRIAL',
          startDate: '',
          endDate: '',
          goals: '',
          parties: first ? [first, emptyRow()] : [emptyRow(), emptyRow()],
        }}
        submitLabel={t('agreement.createDraft')}
        failedTitle={t('agreement.saveFailed')}
        onCancel={() => void navigate('/agreements')}
        onSubmit={async (input) => {
          const result = await create({ variables: { input } });
          notifications.show({ color: 'teal', message: t('agreement.drafted') });
          const id = result.data?.createAgreement.id;
          void navigate(id ? `/agreements/${id}` : '/agreements');
        }}
      />
    );
  })();

  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {t('agreement.new')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('agreement.newHelp')}
      </Text>
      {body}
    </Stack>
  );
}
