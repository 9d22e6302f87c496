import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { AGREEMENT_KINDS, createAgreementSchema, type AgreementKind, type PartyRole } from '@brobygger/domain';
import { graphql } from '../../gql';
import { OrganizationPicker } from '../../features/pickers/organization-picker';
import { PersonPicker } from '../../features/pickers/person-picker';
import { validateWith } from '../../lib/schema-errors';
import { submitErrors } from '../../lib/submit-errors';

const NewAgreementMutation = graphql(`
  mutation NewAgreementRouteMutation($input: CreateAgreementInput!) {
    createAgreement(input: $input) {
      id
    }
  }
`);

interface Values {
  title: string;
  kind: AgreementKind;
  startDate: string;
  endDate: string;
  goals: string;
  participantId: string | null;
  employerId: string | null;
  publicPartnerId: string | null;
}

/** The party slots of the draft form, in the order they become `parties.N` for errors. */
const SLOTS: { field: 'participantId' | 'employerId' | 'publicPartnerId'; role: PartyRole; person: boolean }[] = [
  { field: 'participantId', role: 'PARTICIPANT', person: true },
  { field: 'employerId', role: 'EMPLOYER', person: false },
  { field: 'publicPartnerId', role: 'PUBLIC_PARTNER', person: false },
];

/** Drafts an agreement between a participant, an employer and a public partner (NAV). */
export function NewAgreementRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [create] = useMutation(NewAgreementMutation, { refetchQueries: ['AgreementsRouteQuery'] });
  const form = useForm<Values>({
    initialValues: {
      title: '',
      kind: 'WORK_TRIAL',
      startDate: '',
      endDate: '',
      goals: '',
      participantId: params.get('participant'),
      employerId: null,
      publicPartnerId: null,
    },
  });

  const toInput = (v: Values) => {
    const filled = SLOTS.filter((s) => v[s.field]);
    return {
      title: v.title,
      kind: v.kind,
      startDate: v.startDate,
      endDate: v.endDate,
      goals: v.goals,
      parties: filled.map((s) => (s.person ? { personId: v[s.field], role: s.role } : { organizationId: v[s.field], role: s.role })),
      slots: filled.map((s) => s.field),
    };
  };

  /** Moves `parties.N.*` errors onto the picker they came from. */
  const placeErrors = (errors: Record<string, string>, slots: string[]) => {
    const out: Record<string, string> = {};
    for (const [key, message] of Object.entries(errors)) {
      const match = /^parties\.(\d+)/.exec(key);
      const slot = match ? slots[Number(match[1])] : undefined;
      out[slot ?? key] = message;
    }
    return out;
  };

  const submit = form.onSubmit(async (values) => {
    const { slots, ...raw } = toInput(values);
    const checked = validateWith(createAgreementSchema, raw);
    if ('errors' in checked) {
      form.setErrors(placeErrors(checked.errors, slots));
      return;
    }
    try {
      const result = await create({ variables: { input: checked.data } });
      notifications.show({ color: 'teal', message: t('agreement.drafted') });
      const id = result.data?.createAgreement.id;
      void navigate(id ? `/agreements/${id}` : '/agreements');
    } catch (error) {
      form.setErrors(placeErrors(submitErrors(error, t('agreement.saveFailed')), slots));
    }
  });

  return (
    <Stack maw={760}>
      <Title order={1} size="h2">
        {t('agreement.new')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('agreement.newHelp')}
      </Text>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput label={t('fields.title')} required {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t('fields.kind')}
              required
              data={AGREEMENT_KINDS.map((k) => ({ value: k, label: t(`agreementKind.${k}`) }))}
              {...form.getInputProps('kind')}
            />
            <TextInput type="date" label={t('fields.startDate')} {...form.getInputProps('startDate')} />
            <TextInput type="date" label={t('fields.endDate')} {...form.getInputProps('endDate')} />
          </SimpleGrid>
          <PersonPicker
            label={t('partyRole.PARTICIPANT')}
            participantsOnly
            value={form.values.participantId}
            onChange={(id) => form.setFieldValue('participantId', id)}
            error={form.errors['participantId'] as string | undefined}
          />
          <OrganizationPicker
            label={t('partyRole.EMPLOYER')}
            sectors={['BUSINESS']}
            value={form.values.employerId}
            onChange={(id) => form.setFieldValue('employerId', id)}
            error={form.errors['employerId'] as string | undefined}
          />
          <OrganizationPicker
            label={t('agreement.navOffice')}
            kinds={['NAV_OFFICE']}
            value={form.values.publicPartnerId}
            onChange={(id) => form.setFieldValue('publicPartnerId', id)}
            error={form.errors['publicPartnerId'] as string | undefined}
          />
          <Textarea label={t('fields.goals')} autosize minRows={2} {...form.getInputProps('goals')} />
          {form.errors['parties'] ? (
            <Text c="red" size="sm">
              {form.errors['parties']}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={form.submitting}>
              {t('agreement.createDraft')}
            </Button>
            <Button variant="default" onClick={() => void navigate('/agreements')}>
              {t('actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
