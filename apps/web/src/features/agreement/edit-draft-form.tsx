import { useMutation } from '@apollo/client/react';
import { Card, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { AgreementForm } from './agreement-form';
import { emptyRow, type PartyRow } from './party-rows';

export const EditDraftForm_agreement = graphql(`
  fragment EditDraftForm_agreement on Agreement {
    id
    title
    kind
    startDate
    endDate
    goals
    parties {
      id
      name
      role
      sector
      signedAt
      person {
        id
        isParticipant
      }
      organization {
        id
      }
    }
  }
`);

// Returns what the agreement page shows, so the page updates in place when the form closes.
const UpdateDraftMutation = graphql(`
  mutation EditDraftFormUpdate($id: ID!, $input: UpdateAgreementInput!) {
    updateAgreement(id: $id, input: $input) {
      ...AgreementRoute_agreement
    }
  }
`);

/** Edits a draft's terms and parties in one save: title, kind, dates, goals and any number of parties. */
export function EditDraftForm(props: {
  agreement: FragmentType<typeof EditDraftForm_agreement>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const a = useFragment(EditDraftForm_agreement, props.agreement);
  const [update] = useMutation(UpdateDraftMutation);
  const rows: PartyRow[] = a.parties.flatMap((p) => {
    const id = p.person?.id ?? p.organization?.id;
    if (!id) return [];
    const row = emptyRow({
      kind: p.person ? 'person' : 'organization',
      id,
      name: p.name || t('agreement.hiddenParty'),
      sector: p.sector,
      isParticipant: p.person?.isParticipant ?? false,
    });
    return [{ ...row, role: p.role, savedRole: p.role, signedAt: p.signedAt }];
  });
  // A party the viewer cannot name would be dropped by saving the list: never offer that.
  if (rows.length !== a.parties.length) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('agreements.form.editTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('agreements.form.editHelp')}
        </Text>
        <AgreementForm
          mode="update"
          initialValues={{
            title: a.title,
            kind: a.kind,
            startDate: a.startDate ?? '',
            endDate: a.endDate ?? '',
            goals: a.goals ?? '',
            parties: rows,
          }}
          submitLabel={t('agreements.form.saveDraft')}
          failedTitle={t('agreement.saveFailed')}
          onCancel={props.onDone}
          onSubmit={async (input) => {
            await update({ variables: { id: a.id, input } });
            notifications.show({ color: 'teal', message: t('agreements.form.saved') });
            props.onDone();
          }}
        />
      </Stack>
    </Card>
  );
}
