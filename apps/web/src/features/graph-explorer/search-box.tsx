import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNodeData } from './types';

const MAX_SUGGESTIONS = 12;

/**
 * Search with suggestions. Only the best dozen matches are handed to the dropdown, so typing
 * stays instant with 20,000 names; names that start with the query come first.
 */
export function SearchBox({ nodes, onPick, width = 280 }: { nodes: readonly GraphNodeData[]; onPick: (id: string) => void; width?: number | string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const data = useMemo(() => {
    const q = search.trim().toLowerCase();
    if (q.length < 2) return [];
    const starts: GraphNodeData[] = [];
    const contains: GraphNodeData[] = [];
    for (const node of nodes) {
      const label = node.label.toLowerCase();
      if (label.startsWith(q)) starts.push(node);
      else if (label.includes(q)) contains.push(node);
      if (starts.length >= MAX_SUGGESTIONS) break;
    }
    return [...starts, ...contains]
      .slice(0, MAX_SUGGESTIONS)
      .map((n) => ({ value: n.id, label: n.label, kind: n.kind }))
      .map((o) => ({ value: o.value, label: `${o.label} · ${t(`nodeKind.${o.kind}`)}` }));
  }, [nodes, search, t]);

  return (
    <Select
      aria-label={t('explorer.search')}
      placeholder={t('explorer.searchPlaceholder')}
      leftSection={<IconSearch size={16} />}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={null}
      onChange={(id) => {
        if (id) onPick(id);
        setSearch('');
      }}
      filter={({ options }) => options}
      nothingFoundMessage={search.trim().length >= 2 ? t('states.nothingFound') : t('explorer.typeToSearch')}
      w={width}
      size="sm"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
