import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

// Admins may not list people (the permission table keeps them out of profiles), so the picker
// searches the admin-only link targets: names and one detail to tell namesakes apart.
const LinkTargetSelectQuery = graphql(`
  query LinkTargetSelectQuery($kind: AccountLinkKind!, $search: String!) {
    accountLinkTargets(kind: $kind, search: $search, first: 15) {
      id
      name
      detail
      isParticipant
    }
  }
`);

export interface LinkedEntity {
  id: string;
  name: string;
}

interface Props {
  kind: 'PERSON' | 'ORGANIZATION';
  label: string;
  description?: string;
  value: string | null;
  /** What the account is linked to now, so its name shows before any search. */
  current?: LinkedEntity | null;
  onChange: (id: string | null) => void;
  error?: string | null;
}

/** Picks the person or organisation an account is linked to; clearing it unlinks. */
export function LinkTargetSelect({ kind, label, description, value, current, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(
    current ? { value: current.id, label: current.name } : null,
  );
  const { data, loading } = useQuery(LinkTargetSelectQuery, {
    variables: { kind, search: debounced },
    skip: debounced.length < 2,
  });
  const options = (debounced.length < 2 ? [] : (data?.accountLinkTargets ?? [])).map((o) => ({
    value: o.id,
    label: [o.name, o.isParticipant ? t('admin.form.participant') : null, o.detail].filter(Boolean).join(' · '),
  }));
  if (picked && picked.value === value && !options.some((o) => o.value === picked.value)) options.unshift(picked);
  return (
    <Select
      label={label}
      description={description}
      placeholder={t('admin.form.searchPlaceholder')}
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
      nothingFoundMessage={debounced.length < 2 ? t('admin.form.searchPlaceholder') : loading ? t('states.loading') : t('states.nothingFound')}
      error={error}
    />
  );
}
