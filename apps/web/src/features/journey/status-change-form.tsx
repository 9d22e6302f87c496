import { Alert, Group, Select, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PARTICIPANT_STATUSES,
  RECORDABLE_STATUS_CHANGE_REASONS,
  reasonFitsStatus,
  statusChangeFormSchema,
  type ParticipantStatus,
} from '@brobygger/domain';
import { graphql } from '../../gql';
import { todayIso } from '../../lib/format';
import { ListItemForm } from '../editable-list/list-item-form';
import { useJourney, useJourneyMutation } from './journey-context';
import { DateField } from '../pickers/date-field';

const RecordStatusChange = graphql(`
  mutation StatusChangeFormRecord($personId: ID!, $input: StatusChangeInput!) {
    recordStatusChange(personId: $personId, input: $input) {
      id
    }
  }
`);

interface Values extends Record<string, unknown> {
  status: ParticipantStatus | null;
  changedOn: string;
  reason: string | null;
  note: string;
}

/**
 * A coordinator records a step on the path to work: the new status, the day, why (from the
 * documented list), and a note only coordinators read, with a warning against health details
 * (diagnoses are never stored).
 */
export function StatusChangeForm(props: {
  current: ParticipantStatus;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { personId } = useJourney();
  const record = useJourneyMutation(RecordStatusChange);
  const noteWarningId = useId();
  const initialValues: Values = { status: null, changedOn: todayIso(), reason: null, note: '' };
  return (
    <ListItemForm
      label={t('journey.statusChange.title')}
      schema={statusChangeFormSchema}
      initialValues={initialValues}
      submitLabel={t('journey.statusChange.submit')}
      onCancel={props.onCancel}
      onSubmit={async (input) => {
        await record({ variables: { personId, input } });
        props.onSaved();
      }}
    >
      {(form) => (
        <>
          <Group gap="xs" align="flex-start" wrap="wrap">
            <Select
              label={t('journey.statusChange.status')}
              required
              data-autofocus
              autoFocus
              allowDeselect={false}
              data={PARTICIPANT_STATUSES.filter((s) => s !== props.current).map((s) => ({
                value: s,
                label: t(`participantStatus.${s}`),
              }))}
              {...form.getInputProps('status')}
              style={{ flex: '1 1 11rem' }}
            />
            <DateField
              required
              label={t('journey.statusChange.changedOn')}
              // Days ahead are greyed out in the calendar; a typed one is kept, so the form can say why it is refused.
              excludeDate={(day) => day > todayIso()}
              {...form.getInputProps('changedOn')}
              w={170}
            />
          </Group>
          <Select
            label={t('journey.statusChange.reason')}
            required
            allowDeselect={false}
            // Only the reasons that fit the status chosen ("hired" only into work); the schema says why otherwise.
            data={RECORDABLE_STATUS_CHANGE_REASONS.filter(
              (r) => !form.values.status || reasonFitsStatus(r, form.values.status),
            ).map((r) => ({
              value: r,
              label: t(`statusChangeReason.${r}`),
            }))}
            {...form.getInputProps('reason')}
          />
          <Alert
            id={noteWarningId}
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            p="xs"
          >
            {t('journey.statusChange.healthWarning')}
          </Alert>
          <Textarea
            label={t('journey.statusChange.note')}
            description={t('journey.statusChange.noteHelp')}
            aria-describedby={noteWarningId}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('note')}
          />
        </>
      )}
    </ListItemForm>
  );
}
