import {
  Box,
  Button,
  Group,
  Pagination,
  Paper,
  Table,
  Tabs,
  Text,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconFocus2 } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import type { ExplorerGraph } from './build-graph';
import {
  matchesQuery,
  pageOf,
  sortEdgeRows,
  sortNodeRows,
  tableRows,
  type EdgeSortKey,
  type NodeSortKey,
  type Sort,
} from './graph-table';
import { localeOf, useNumberFormat } from './intl';
import type { Visibility } from './visibility';

const PAGE_SIZE = 25;

function SortHeader<K extends string>({
  column,
  sort,
  onSort,
  children,
  numeric = false,
}: {
  column: K;
  sort: Sort<K>;
  onSort: (sort: Sort<K>) => void;
  children: ReactNode;
  numeric?: boolean;
}) {
  const { t } = useTranslation();
  const active = sort.key === column;
  const next: Sort<K> = {
    key: column,
    direction:
      active && sort.direction === 'ascending'
        ? 'descending'
        : active
          ? 'ascending'
          : numeric
            ? 'descending'
            : 'ascending',
  };
  const Icon = !active
    ? IconArrowsSort
    : sort.direction === 'ascending'
      ? IconArrowUp
      : IconArrowDown;
  return (
    <Table.Th aria-sort={active ? sort.direction : 'none'} ta={numeric ? 'right' : undefined}>
      <UnstyledButton onClick={() => onSort(next)} className="mantine-focus-auto" fw={600} fz="sm">
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          {children}
          <Icon size={14} aria-hidden />
          <VisuallyHidden>{t(`analytics.explorer.table.sortBy.${next.direction}`)}</VisuallyHidden>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

interface Props {
  graph: ExplorerGraph;
  visibility: Visibility;
  onFocusNode: (id: string) => void;
}

/**
 * The graph as two tables, nodes and ties, for keyboards and screen readers: what the canvas
 * shows (date and focus applied), sortable, each node with a button that shows it on the map.
 */
export function GraphTableView({ graph, visibility, onFocusNode }: Props) {
  const { t, i18n } = useTranslation();
  const format = useNumberFormat();
  const collator = useMemo(
    () => new Intl.Collator(localeOf(i18n.language), { sensitivity: 'base' }),
    [i18n.language],
  );
  const rows = useMemo(() => tableRows(graph, visibility), [graph, visibility]);
  const [tab, setTab] = useState<string | null>('nodes');
  const [query, setQuery] = useState('');
  const [nodeSort, setNodeSort] = useState<Sort<NodeSortKey>>({
    key: 'degree',
    direction: 'descending',
  });
  const [edgeSort, setEdgeSort] = useState<Sort<EdgeSortKey>>({
    key: 'source',
    direction: 'ascending',
  });
  const [nodePage, setNodePage] = useState(1);
  const [edgePage, setEdgePage] = useState(1);

  const nodes = useMemo(
    () =>
      sortNodeRows(
        rows.nodes.filter((r) => matchesQuery(r.label, query)),
        nodeSort,
        collator,
      ),
    [rows.nodes, query, nodeSort, collator],
  );
  const edges = useMemo(
    () =>
      sortEdgeRows(
        rows.edges.filter(
          (r) => matchesQuery(r.sourceLabel, query) || matchesQuery(r.targetLabel, query),
        ),
        edgeSort,
        collator,
      ),
    [rows.edges, query, edgeSort, collator],
  );
  const nodeView = pageOf(nodes, nodePage, PAGE_SIZE);
  const edgeView = pageOf(edges, edgePage, PAGE_SIZE);
  const date = (iso: string | null) => (iso ? formatDate(iso, i18n.language) : '–');
  const onQuery = (value: string) => {
    setQuery(value);
    setNodePage(1);
    setEdgePage(1);
  };
  const focusButton = (id: string, label: string, text: string) => (
    <Button
      size="compact-xs"
      variant="subtle"
      color="dark"
      onClick={() => onFocusNode(id)}
      aria-label={t('analytics.explorer.table.showOnMap', { name: label })}
    >
      {text}
    </Button>
  );

  return (
    <Paper
      pos="absolute"
      inset={0}
      p="sm"
      style={{ overflow: 'auto', zIndex: 3 }}
      data-testid="graph-table-view"
    >
      <TextInput
        label={t('analytics.explorer.table.filter')}
        placeholder={t('analytics.explorer.table.filterPlaceholder')}
        value={query}
        onChange={(e) => onQuery(e.currentTarget.value)}
        size="xs"
        maw={320}
        mb="xs"
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="nodes">
            {t('analytics.explorer.table.nodesTab', {
              count: nodes.length,
              formatted: format(nodes.length),
            })}
          </Tabs.Tab>
          <Tabs.Tab value="ties">
            {t('analytics.explorer.table.tiesTab', {
              count: edges.length,
              formatted: format(edges.length),
            })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="nodes" pt="xs">
          <Table.ScrollContainer minWidth={640} type="native">
            <Table striped highlightOnHover fz="sm" verticalSpacing={4}>
              <Table.Caption>{t('analytics.explorer.table.nodesCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader column="label" sort={nodeSort} onSort={setNodeSort}>
                    {t('analytics.explorer.table.name')}
                  </SortHeader>
                  <Table.Th>{t('analytics.explorer.table.kind')}</Table.Th>
                  <Table.Th>{t('analytics.explorer.table.sector')}</Table.Th>
                  <SortHeader column="degree" sort={nodeSort} onSort={setNodeSort} numeric>
                    {t('analytics.explorer.table.ties')}
                  </SortHeader>
                  <Table.Th ta="right">{t('analytics.explorer.table.crossTies')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('analytics.explorer.table.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {nodeView.rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Th scope="row" fw={500}>
                      {row.label}
                    </Table.Th>
                    <Table.Td>{t(`nodeKind.${row.kind}`)}</Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Box
                          w={10}
                          h={10}
                          style={{
                            borderRadius: '50%',
                            background: SECTOR_COLORS[row.sector],
                            flexShrink: 0,
                          }}
                          aria-hidden
                        />
                        {t(`sector.${row.sector}`)}
                      </Group>
                    </Table.Td>
                    <Table.Td ta="right">{format(row.degree)}</Table.Td>
                    <Table.Td ta="right">{format(row.crossSector)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-xs"
                        variant="light"
                        color="dark"
                        leftSection={<IconFocus2 size={12} aria-hidden />}
                        onClick={() => onFocusNode(row.id)}
                        aria-label={t('analytics.explorer.table.showOnMap', { name: row.label })}
                      >
                        {t('analytics.explorer.table.show')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {nodes.length === 0 ? <Text size="sm">{t('states.nothingFound')}</Text> : null}
          {nodeView.pages > 1 ? (
            <Pagination
              mt="xs"
              size="sm"
              total={nodeView.pages}
              value={nodeView.page}
              onChange={setNodePage}
              getControlProps={(control) => ({
                'aria-label': t(`analytics.explorer.table.page.${control}`),
              })}
              getItemProps={(page) => ({
                'aria-label': t('analytics.explorer.table.page.number', { page: format(page) }),
              })}
            />
          ) : null}
        </Tabs.Panel>
        <Tabs.Panel value="ties" pt="xs">
          <Table.ScrollContainer minWidth={640} type="native">
            <Table striped highlightOnHover fz="sm" verticalSpacing={4}>
              <Table.Caption>{t('analytics.explorer.table.tiesCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader column="source" sort={edgeSort} onSort={setEdgeSort}>
                    {t('analytics.explorer.table.from')}
                  </SortHeader>
                  <Table.Th>{t('analytics.explorer.table.to')}</Table.Th>
                  <SortHeader column="kind" sort={edgeSort} onSort={setEdgeSort}>
                    {t('analytics.explorer.table.tieKind')}
                  </SortHeader>
                  <Table.Th>{t('analytics.explorer.table.crossSector')}</Table.Th>
                  <SortHeader column="since" sort={edgeSort} onSort={setEdgeSort}>
                    {t('analytics.explorer.table.since')}
                  </SortHeader>
                  <Table.Th>{t('analytics.explorer.table.until')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {edgeView.rows.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td>{focusButton(row.source, row.sourceLabel, row.sourceLabel)}</Table.Td>
                    <Table.Td>{focusButton(row.target, row.targetLabel, row.targetLabel)}</Table.Td>
                    <Table.Td>{t(`edgeKind.${row.kind}`)}</Table.Td>
                    <Table.Td>
                      {row.crossSector
                        ? t('analytics.explorer.table.yes')
                        : t('analytics.explorer.table.no')}
                    </Table.Td>
                    <Table.Td>{date(row.since)}</Table.Td>
                    <Table.Td>{date(row.until)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {edges.length === 0 ? <Text size="sm">{t('states.nothingFound')}</Text> : null}
          {edgeView.pages > 1 ? (
            <Pagination
              mt="xs"
              size="sm"
              total={edgeView.pages}
              value={edgeView.page}
              onChange={setEdgePage}
              getControlProps={(control) => ({
                'aria-label': t(`analytics.explorer.table.page.${control}`),
              })}
              getItemProps={(page) => ({
                'aria-label': t('analytics.explorer.table.page.number', { page: format(page) }),
              })}
            />
          ) : null}
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
