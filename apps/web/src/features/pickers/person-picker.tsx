import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '@brobygger/domain';
import { graphql } from '../../gql';

// A picker searches as the user types, so it owns a small query of its own.
const PersonPickerQuery = graphql(`
  query PersonPickerQuery($filter: PersonFilter) {
    people(first: 15, filter: $filter, orderBy: { field: NAME }) {
      nodes {
        id
        name
        title
      }
    }
  }
`);

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  participantsOnly?: boolean;
  /** Professionals only (a coordinator, a mentor): no participant is offered. */
  professionalsOnly?: boolean;
  sectors?: Sector[];
  error?: string | null;
  required?: boolean;
  /** The name of the entity `value` starts as, shown before any search has listed it. */
  initialLabel?: string | undefined;
}

export function PersonPicker({ label, value, onChange, participantsOnly, professionalsOnly, sectors, error, required, initialLabel }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const { data, loading } = useQuery(PersonPickerQuery, {
    variables: {
      filter: {
        ...(debounced ? { search: debounced } : {}),
        ...(participantsOnly ? { isParticipant: true } : professionalsOnly ? { isParticipant: false } : {}),
        ...(sectors ? { sectors } : {}),
      },
    },
  });
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(
    value && initialLabel ? { value, label: initialLabel } : null,
  );
  const options = (data?.people.nodes ?? []).map((p) => ({ value: p.id, label: p.title ? `${p.name} (${p.title})` : p.name }));
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={label}
      required={required}
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id, option) => {
        setPicked(id ? { value: id, label: option?.label ?? id } : null);
        onChange(id);
      }}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={loading ? t('states.loading') : t('states.nothingFound')}
      error={error}
    />
  );
}
