import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { refValue, type PartyRef } from './party-rows';

// One search over people and organisations of every sector: any of them can be a party.
const PartyPickerQuery = graphql(`
  query PartyPickerQuery($search: String) {
    people(first: 8, filter: { search: $search }, orderBy: { field: NAME }) {
      nodes {
        id
        name
        sector
        isParticipant
      }
    }
    organizations(first: 8, filter: { search: $search }, orderBy: { field: NAME }) {
      nodes {
        id
        name
        sector
      }
    }
  }
`);

interface Props {
  label: string;
  value: PartyRef | null;
  onChange: (party: PartyRef | null) => void;
  error?: string | undefined;
  autoFocus?: boolean;
}

/** Picks a person or an organisation of any sector; each option says which sector it is from. */
export function PartyPicker({ label, value, onChange, error, autoFocus }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const { data, loading } = useQuery(PartyPickerQuery, {
    variables: { search: debounced.trim() || null },
  });
  const people: PartyRef[] = (data?.people.nodes ?? []).map((p) => ({
    kind: 'person',
    id: p.id,
    name: p.name,
    sector: p.sector,
    isParticipant: p.isParticipant,
  }));
  const organizations: PartyRef[] = (data?.organizations.nodes ?? []).map((o) => ({
    kind: 'organization',
    id: o.id,
    name: o.name,
    sector: o.sector,
  }));
  // The chosen party stays listed when a later search no longer returns it.
  if (value && ![...people, ...organizations].some((p) => refValue(p) === refValue(value))) {
    (value.kind === 'person' ? people : organizations).unshift(value);
  }
  const byValue = new Map([...people, ...organizations].map((p) => [refValue(p), p]));
  const option = (p: PartyRef) => ({
    value: refValue(p),
    label: `${p.name} · ${t(`sector.${p.sector}`)}${p.isParticipant ? ` (${t('agreements.parties.participant')})` : ''}`,
  });
  const groups = [
    { group: t('agreements.parties.people'), items: people.map(option) },
    { group: t('agreements.parties.organizations'), items: organizations.map(option) },
  ].filter((g) => g.items.length > 0);
  return (
    <Select
      label={label}
      placeholder={t('agreements.parties.search')}
      required
      searchable
      clearable
      data={groups}
      value={value ? refValue(value) : null}
      onChange={(v) => onChange(v ? (byValue.get(v) ?? null) : null)}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={loading ? t('states.loading') : t('states.nothingFound')}
      error={error}
      comboboxProps={{ withinPortal: true }}
      autoFocus={autoFocus}
    />
  );
}
