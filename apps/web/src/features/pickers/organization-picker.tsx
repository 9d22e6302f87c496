import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind, Sector } from '@brobygger/domain';
import { graphql } from '../../gql';

// A picker searches as the user types, so it owns a small query of its own.
const OrganizationPickerQuery = graphql(`
  query OrganizationPickerQuery($filter: OrganizationFilter) {
    organizations(first: 15, filter: $filter, orderBy: { field: NAME }) {
      nodes {
        id
        name
        municipalityName
      }
    }
  }
`);

interface Props {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  sectors?: Sector[];
  kinds?: OrganizationKind[];
  error?: string | null;
  required?: boolean;
  /** The name of the entity `value` starts as, shown before any search has listed it. */
  initialLabel?: string | undefined;
}

export function OrganizationPicker({ label, value, onChange, sectors, kinds, error, required, initialLabel }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const { data, loading } = useQuery(OrganizationPickerQuery, {
    variables: { filter: { ...(debounced ? { search: debounced } : {}), ...(sectors ? { sectors } : {}), ...(kinds ? { kinds } : {}) } },
  });
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(
    value && initialLabel ? { value, label: initialLabel } : null,
  );
  const options = (data?.organizations.nodes ?? []).map((o) => ({
    value: o.id,
    label: o.municipalityName ? `${o.name} (${o.municipalityName})` : o.name,
  }));
  // Keeps the chosen option listed when a later search no longer returns it.
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
