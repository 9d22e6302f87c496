import { Select } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { startTransition, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchNodes } from './label-search';
import type { GraphNodeData } from './types';

/**
 * Search with suggestions. Only the best dozen matches are handed to the dropdown, so typing
 * stays instant with 20,000 names; names that start with the query come first. The letters
 * typed are shown at once, the suggestions follow (a deferred value), and choosing one moves
 * the map in a transition, so neither key nor click waits for the canvas.
 */
export function SearchBox({ nodes, onPick, width = 280 }: { nodes: readonly GraphNodeData[]; onPick: (id: string) => void; width?: number | string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const query = useDeferredValue(search);
  const data = useMemo(
    () => matchNodes(nodes, query).map((n) => ({ value: n.id, label: `${n.label} · ${t(`nodeKind.${n.kind}`)}` })),
    [nodes, query, t],
  );

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
        if (id) startTransition(() => onPick(id));
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
