import { Card, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { starPositions } from './star-positions';
import { useNavigate } from 'react-router';
import type { GraphEdgeKind, GraphNodeKind, Sector } from '@brobygger/domain';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { buildGraph } from '../graph-explorer/build-graph';
import { GraphCanvas } from '../graph-explorer/graph-canvas';
import { entityPath } from '../graph-explorer/node-panel';
import type { GraphData, GraphEdgeData } from '../graph-explorer/types';

export const EgoGraph_person = graphql(`
  fragment EgoGraph_person on Person {
    id
    name
    sector
    isParticipant
    organization {
      id
      name
      sector
    }
    connections {
      id
      kind
      crossSector
      personA {
        id
        name
        sector
        isParticipant
      }
      personB {
        id
        name
        sector
        isParticipant
      }
    }
    memberships {
      id
      network {
        id
        name
      }
    }
  }
`);

/**
 * The person's own network, built from their profile rather than the whole graph so the
 * page loads quickly at any scale. Neighbours sit on a circle around them: a star reads at a
 * glance and needs no layout run.
 */
export function EgoGraph(props: { person: FragmentType<typeof EgoGraph_person> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const person = useFragment(EgoGraph_person, props.person);
  const graph = useMemo(() => {
    const nodes = new Map<string, GraphData['nodes'][number]>();
    const edges: GraphEdgeData[] = [];
    const add = (id: string, label: string, kind: GraphNodeKind, sector: Sector) => {
      if (!nodes.has(id)) nodes.set(id, { id, label, kind, sector });
    };
    const edge = (id: string, target: string, kind: GraphEdgeKind, crossSector: boolean) =>
      edges.push({ id, source: person.id, target, kind, crossSector });
    add(person.id, person.name, person.isParticipant ? 'PARTICIPANT' : 'PERSON', person.sector);
    if (person.organization) {
      add(person.organization.id, person.organization.name, 'ORGANIZATION', person.organization.sector);
      edge(`aff-${person.organization.id}`, person.organization.id, 'AFFILIATION', person.organization.sector !== person.sector);
    }
    for (const c of person.connections) {
      const other = c.personA.id === person.id ? c.personB : c.personA;
      add(other.id, other.name, other.isParticipant ? 'PARTICIPANT' : 'PERSON', other.sector);
      edge(c.id, other.id, 'CONNECTION', c.crossSector);
    }
    for (const m of person.memberships) {
      add(m.network.id, m.network.name, 'NETWORK', person.sector);
      edge(m.id, m.network.id, 'MEMBERSHIP', false);
    }
    const built = buildGraph({ nodes: [...nodes.values()], edges }).graph;
    const others = built.nodes().filter((id) => id !== person.id);
    built.setNodeAttribute(person.id, 'x', 0);
    built.setNodeAttribute(person.id, 'y', 0);
    starPositions(others.length, 10).forEach(({ x, y }, i) => {
      built.setNodeAttribute(others[i]!, 'x', x);
      built.setNodeAttribute(others[i]!, 'y', y);
    });
    return built;
  }, [person]);

  return (
    <Card withBorder p="xs">
      <Text fw={600} mb="xs" px="xs">
        {t('journey.network')}
      </Text>
      {graph.order <= 1 ? (
        <Text c="dimmed" size="sm" px="xs">
          {t('journey.noNetwork')}
        </Text>
      ) : (
        <GraphCanvas
          graph={graph}
          selected={person.id}
          focus={null}
          asOf={null}
          onClickNode={(id) => {
            if (id && id !== person.id) void navigate(entityPath(graph.getNodeAttribute(id, 'kind'), id));
          }}
          label={t('journey.networkLabel', { count: graph.order - 1 })}
          height={260}
        />
      )}
    </Card>
  );
}
