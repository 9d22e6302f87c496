import { Select } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchNodes } from './label-search';
import type { GraphNodeData } from './types';

interface Props {
  label: string;
  nodes: readonly GraphNodeData[];
  value: string | null;
  onChange: (id: string | null) => void;
  description?: string;
}

/** Picks one node of the graph by name; keeps the chosen node shown, unlike the search box. */
export function NodePicker({ label, nodes, value, onChange, description }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // The letters typed are shown at once; the suggestions follow.
  const query = useDeferredValue(search);
  const chosen = useMemo(() => (value ? nodes.find((n) => n.id === value) : undefined), [nodes, value]);
  const option = (n: GraphNodeData) => ({ value: n.id, label: `${n.label} · ${t(`nodeKind.${n.kind}`)}` });
  const data = useMemo(() => {
    const found = matchNodes(nodes, query).map(option);
    // The chosen node stays among the options so its name is shown, but after the matches:
    // first, the arrow key and Enter would pick it again over what was typed.
    if (chosen && !found.some((o) => o.value === chosen.id)) found.push(option(chosen));
    return found;
    // `option` only closes over t.
  }, [nodes, query, chosen, t]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('explorer.searchPlaceholder')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={value}
      onChange={onChange}
      filter={({ options }) => options}
      nothingFoundMessage={search.trim().length >= 2 ? t('states.nothingFound') : t('explorer.typeToSearch')}
      size="xs"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
