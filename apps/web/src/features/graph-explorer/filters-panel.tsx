import { Checkbox, Group, Select, Stack, Switch, Text } from '@mantine/core';
import { useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGREEMENT_STATUSES,
  GRAPH_EDGE_KINDS,
  GRAPH_NODE_KINDS,
  SECTORS,
  type AgreementStatus,
  type GraphEdgeKind,
  type GraphNodeKind,
  type Sector,
} from '@brobygger/domain';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ExplorerFilter } from './filters';

// Its own small query, not a fragment of the explorer's: a role that may not list networks,
// or a failure here, must not cost the user the graph.
const FiltersPanelNetworksQuery = graphql(`
  query FiltersPanelNetworksQuery {
    networks(first: 200, orderBy: { field: NAME }) {
      nodes {
        id
        name
      }
    }
  }
`);

interface Props {
  filter: ExplorerFilter;
  onChange: (filter: ExplorerFilter) => void;
  /** Whether to offer the networks by name (not to researchers, whose graph names them by pseudonym). */
  canFilterByNetwork: boolean;
}

function CheckGroup<T extends string>(props: {
  label: string;
  values: readonly T[];
  value: T[];
  onChange: (value: T[]) => void;
  optionLabel: (value: T) => string;
}) {
  return (
    <Checkbox.Group label={props.label} value={props.value} onChange={(v) => props.onChange(v)}>
      <Stack gap={4} mt={4}>
        {props.values.map((v) => (
          <Checkbox key={v} value={v} label={props.optionLabel(v)} size="xs" />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

/**
 * Server-side narrowing of the graph; an empty group means "all of them". A control answers at
 * once; the explorer takes the new filter in a transition (it re-queries and redraws a graph of
 * 20,000 people), so the key or click is not held up by it. Until the explorer has it, the panel
 * says it is busy.
 */
export function FiltersPanel({ filter: given, onChange: change, canFilterByNetwork }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery(FiltersPanelNetworksQuery, {
    errorPolicy: 'all',
    skip: !canFilterByNetwork,
  });
  const networks = data?.networks.nodes ?? [];
  // What the controls show: the user's latest choice, or the filter given, when that changes.
  const [filter, setFilter] = useState(given);
  const [shownFor, setShownFor] = useState(given);
  if (shownFor !== given) {
    setShownFor(given);
    setFilter(given);
  }
  const [pending, startTransition] = useTransition();
  const onChange = (next: ExplorerFilter) => {
    setFilter(next);
    startTransition(() => change(next));
  };
  return (
    <Stack gap="md" aria-busy={pending || undefined}>
      <Switch
        label={t('explorer.crossSectorOnly')}
        checked={filter.crossSectorOnly}
        onChange={(e) => onChange({ ...filter, crossSectorOnly: e.currentTarget.checked })}
      />
      <CheckGroup<Sector>
        label={t('explorer.filters.sector')}
        values={SECTORS}
        value={filter.sectors}
        onChange={(sectors) => onChange({ ...filter, sectors })}
        optionLabel={(v) => t(`sector.${v}`)}
      />
      <CheckGroup<GraphNodeKind>
        label={t('explorer.filters.nodeKind')}
        values={GRAPH_NODE_KINDS}
        value={filter.nodeKinds}
        onChange={(nodeKinds) => onChange({ ...filter, nodeKinds })}
        optionLabel={(v) => t(`nodeKind.${v}`)}
      />
      <CheckGroup<GraphEdgeKind>
        label={t('explorer.filters.edgeKind')}
        values={GRAPH_EDGE_KINDS}
        value={filter.edgeKinds}
        onChange={(edgeKinds) => onChange({ ...filter, edgeKinds })}
        optionLabel={(v) => t(`edgeKind.${v}`)}
      />
      {canFilterByNetwork ? (
        <Select
          label={t('explorer.filters.network')}
          placeholder={t('explorer.filters.allNetworks')}
          data={networks.map((n) => ({ value: n.id, label: n.name }))}
          value={filter.networkId}
          onChange={(networkId) => onChange({ ...filter, networkId })}
          clearable
          searchable
          size="xs"
          nothingFoundMessage={t('states.nothingFound')}
        />
      ) : null}
      <CheckGroup<AgreementStatus>
        label={t('explorer.filters.agreementStatus')}
        values={AGREEMENT_STATUSES}
        value={filter.agreementStatuses}
        onChange={(agreementStatuses) => onChange({ ...filter, agreementStatuses })}
        optionLabel={(v) => t(`agreementStatus.${v}`)}
      />
      <Group>
        <Text size="xs" c="gray.7">
          {t('explorer.filters.emptyMeansAll')}
        </Text>
      </Group>
    </Stack>
  );
}
