import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

// A picker searches as the user types, so it owns a small query of its own.
const AccountSelectQuery = graphql(`
  query AccountSelectQuery($search: String) {
    users(first: 15, filter: { search: $search }) {
      nodes {
        id
        email
      }
    }
  }
`);

interface Props {
  label: string;
  value: string | null;
  /** The e-mail of the chosen account when it was chosen elsewhere (a click in the log). */
  valueLabel?: string | null;
  onChange: (id: string | null, email: string | null) => void;
  w?: number;
}

/** Picks an account by e-mail. */
export function AccountSelect({ label, value, valueLabel, onChange, w }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const { data, loading } = useQuery(AccountSelectQuery, { variables: { search: debounced || null } });
  const options = (data?.users.nodes ?? []).map((u) => ({ value: u.id, label: u.email }));
  if (value && valueLabel && !options.some((o) => o.value === value)) options.unshift({ value, label: valueLabel });
  return (
    <Select
      aria-label={label}
      placeholder={label}
      searchable
      clearable
      data={options}
      value={value}
      onChange={(id, option) => onChange(id, id ? (option?.label ?? id) : null)}
      onSearchChange={setSearch}
      filter={({ options: o }) => o}
      nothingFoundMessage={loading ? t('states.loading') : t('states.nothingFound')}
      w={w}
    />
  );
}
