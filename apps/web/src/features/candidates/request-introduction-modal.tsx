import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { MAX_INTRODUCTION_MESSAGE_LENGTH, createIntroductionSchema } from '@brobygger/domain';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../lib/graphql-error';
import { validateWith } from '../../lib/schema-errors';
import { openingChoices, type OpeningOption } from './opening-choices';

const AcceptTermsMutation = graphql(`
  mutation RequestIntroductionAcceptTerms {
    acceptIntroductionTerms {
      deadlineDays
      revealMonths
      acceptedAt
    }
  }
`);

const RequestIntroductionMutation = graphql(`
  mutation RequestIntroductionModalMutation($input: RequestIntroductionInput!) {
    requestIntroduction(input: $input) {
      id
      status
      deadline
    }
  }
`);

interface Props {
  candidate: { id: string; pseudonym: string } | null;
  openings: readonly OpeningOption[];
  defaultOpeningId: string | null;
  /** The terms' figures from the API; the wording is translated here. */
  terms: { deadlineDays: number; revealMonths: number; acceptedAt: string | null | undefined };
  onClose: () => void;
}

interface Values {
  message: string;
  opportunityId: string | null;
  acceptTerms: boolean;
}

/**
 * Asks to meet a candidate. Before the account's first request the terms of use are
 * shown here and must be accepted; the acceptance is recorded by the API before the request.
 */
export function RequestIntroductionModal({ candidate, openings, defaultOpeningId, terms, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const needsTerms = !terms.acceptedAt;
  const form = useForm<Values>({ initialValues: { message: '', opportunityId: defaultOpeningId, acceptTerms: false } });
  const [acceptTerms] = useMutation(AcceptTermsMutation, { refetchQueries: ['EmployerCandidatesRouteQuery'] });
  const [request] = useMutation(RequestIntroductionMutation, {
    refetchQueries: ['EmployerCandidatesRouteQuery', 'EmployerOpeningRouteQuery', 'EmployerIntroductionsRouteQuery'],
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit(async (values) => {
    if (!candidate) return;
    if (needsTerms && !values.acceptTerms) {
      form.setFieldError('terms', t('employer.request.mustAcceptTerms'));
      return;
    }
    const checked = validateWith(createIntroductionSchema, {
      participantId: candidate.id,
      opportunityId: values.opportunityId,
      message: values.message,
    });
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    try {
      if (needsTerms) await acceptTerms();
      await request({ variables: { input: checked.data } });
      notifications.show({ color: 'teal', message: t('employer.request.sent', { pseudonym: candidate.pseudonym }) });
      close();
    } catch (error) {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length === 0) fields['participantId'] = errorMessage(error);
      form.setErrors(fields);
    }
  });
  const general = form.errors['participantId'];
  return (
    <Modal
      opened={candidate !== null}
      onClose={close}
      size="lg"
      title={candidate ? t('employer.request.title', { pseudonym: candidate.pseudonym }) : ''}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('employer.request.help')}
          </Text>
          {needsTerms ? (
            <Alert color="blue" title={t('employer.terms.title')}>
              <Stack gap="xs">
                <Text size="sm">{t('employer.terms.text', { days: terms.deadlineDays, months: terms.revealMonths })}</Text>
                <Checkbox
                  label={t('employer.terms.accept')}
                  checked={form.values.acceptTerms}
                  onChange={(e) => {
                    form.setFieldValue('acceptTerms', e.currentTarget.checked);
                    form.clearFieldError('terms');
                  }}
                  error={form.errors['terms']}
                />
              </Stack>
            </Alert>
          ) : form.errors['terms'] ? (
            <Alert color="red">{form.errors['terms']}</Alert>
          ) : null}
          <Select
            label={t('employer.request.opening')}
            placeholder={t('employer.request.noOpening')}
            clearable
            data={openingChoices(openings, t, i18n.language)}
            comboboxProps={{ withinPortal: true }}
            {...form.getInputProps('opportunityId')}
          />
          <Textarea
            label={t('employer.request.message')}
            description={t('employer.request.messageHelp')}
            autosize
            minRows={4}
            maxLength={MAX_INTRODUCTION_MESSAGE_LENGTH}
            {...form.getInputProps('message')}
          />
          {general ? <Alert color="red">{general}</Alert> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={form.submitting}>
              {t('employer.request.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
