import { ActionIcon, Button, Fieldset, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_AGREEMENT_PARTIES, PARTY_ROLES } from '@brobygger/domain';
import { formatDate } from '../../lib/format';
import { PartyPicker } from './party-picker';
import { emptyRow, pickerError, sectorsOfRows, withParty, type PartyRow } from './party-rows';

interface Props {
  rows: PartyRow[];
  onChange: (rows: PartyRow[]) => void;
  /** Errors keyed as the validator and the API name them: `parties.1.role`, `parties`. */
  errors: Readonly<Record<string, unknown>>;
}

/**
 * The parties of a draft, as many as it needs: each a person or an organisation of any sector,
 * with a role. Rows are added at the end and removed one by one; the sectors so far are shown
 * below, since proposing needs two.
 */
export function PartyListField({ rows, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  // A row added with the button gets the focus, so a keyboard user goes on typing the party.
  const [added, setAdded] = useState<string | null>(null);
  const update = (index: number, row: PartyRow) =>
    onChange(rows.map((r, i) => (i === index ? row : r)));
  const sectors = sectorsOfRows(rows);
  const listError = errors['parties'];
  return (
    <Fieldset legend={t('agreements.parties.legend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('agreements.parties.help')}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm">{t('agreements.parties.none')}</Text>
        ) : (
          rows.map((row, index) => {
            const number = index + 1;
            const roleError = errors[`parties.${index}.role`];
            const roleChanged = row.signedAt && row.savedRole && row.role !== row.savedRole;
            return (
              <Paper
                key={row.key}
                withBorder
                p="xs"
                role="group"
                aria-label={t('agreements.parties.party', { number })}
              >
                <Group align="flex-start" gap="sm" wrap="wrap" mb={row.signedAt ? 4 : 0}>
                  <div style={{ flex: '2 1 240px', minWidth: 0 }}>
                    <PartyPicker
                      label={t('agreements.parties.party', { number })}
                      value={row.party}
                      onChange={(party) => update(index, withParty(row, party))}
                      error={pickerError(errors, index)}
                      autoFocus={row.key === added}
                    />
                  </div>
                  <Select
                    style={{ flex: '1 1 160px' }}
                    label={t('agreements.parties.role')}
                    aria-label={t('agreements.parties.roleFor', { number })}
                    required
                    data={PARTY_ROLES.map((role) => ({
                      value: role,
                      label: t(`partyRole.${role}`),
                    }))}
                    value={row.role}
                    onChange={(role) => update(index, { ...row, role })}
                    error={typeof roleError === 'string' ? roleError : undefined}
                    allowDeselect={false}
                    comboboxProps={{ withinPortal: true }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={26}
                    aria-label={
                      row.party
                        ? t('agreements.parties.removeNamed', { number, name: row.party.name })
                        : t('agreements.parties.removeUnnamed', { number })
                    }
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
                {row.signedAt ? (
                  <Text size="xs" c={roleChanged ? 'orange.8' : 'dimmed'}>
                    {t('agreements.parties.signed', {
                      date: formatDate(row.signedAt, i18n.language),
                    })}
                    {roleChanged ? ` – ${t('agreements.parties.signedRoleChange')}` : ''}
                  </Text>
                ) : null}
              </Paper>
            );
          })
        )}
        {typeof listError === 'string' ? (
          <Text c="red" size="sm" role="alert">
            {listError}
          </Text>
        ) : null}
        <Group justify="space-between" gap="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            disabled={rows.length >= MAX_AGREEMENT_PARTIES}
            onClick={() => {
              const row = emptyRow();
              setAdded(row.key);
              onChange([...rows, row]);
            }}
          >
            {t('agreements.parties.add')}
          </Button>
          {sectors.length > 0 ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('agreements.parties.sectorsNow', {
                count: sectors.length,
                sectors: sectors.map((s) => t(`sector.${s}`)).join(', '),
              })}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Fieldset>
  );
}
