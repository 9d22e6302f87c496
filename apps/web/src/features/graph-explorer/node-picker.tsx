import { Select } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNodeData } from './types';

const MAX_SUGGESTIONS = 12;

/** Names starting with the query first, then names containing it; a dozen at most. */
export function matchNodes(nodes: readonly GraphNodeData[], query: string): GraphNodeData[] {
  const q = query.trim().toLowerCase();
  if (q.length < 2) return [];
  const starts: GraphNodeData[] = [];
  const contains: GraphNodeData[] = [];
  for (const node of nodes) {
    const label = node.label.toLowerCase();
    if (label.startsWith(q)) starts.push(node);
    else if (label.includes(q)) contains.push(node);
    if (starts.length >= MAX_SUGGESTIONS) break;
  }
  return [...starts, ...contains].slice(0, MAX_SUGGESTIONS);
}

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
  const chosen = useMemo(() => (value ? nodes.find((n) => n.id === value) : undefined), [nodes, value]);
  const option = (n: GraphNodeData) => ({ value: n.id, label: `${n.label} · ${t(`nodeKind.${n.kind}`)}` });
  const data = useMemo(() => {
    const found = matchNodes(nodes, search).map(option);
    if (chosen && !found.some((o) => o.value === chosen.id)) found.unshift(option(chosen));
    return found;
    // `option` only closes over t.
  }, [nodes, search, chosen, t]);

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
