import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { SECTOR_MANTINE } from '../../lib/sector-colors';
import { errorMessage } from '../../lib/graphql-error';

// Its own query rather than part of the journey's: employers may open a journey, but
// suggestions are for coordinators, and a refusal here must not cost the page.
const SuggestedBridgesQuery = graphql(`
  query SuggestedBridgesQuery($participantId: ID!) {
    suggestedBridges(participantId: $participantId) {
      id
      kind
      title
      organizationName
      matchedTalents
      steps
      path {
        id
        label
        anonymous
        kind
        sector
      }
    }
  }
`);

/** Openings and employers within three steps whose wanted talents match the participant's, with the path. */
export function SuggestedBridgesCard({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(SuggestedBridgesQuery, { variables: { participantId }, fetchPolicy: 'cache-and-network' });
  const bridges = data?.suggestedBridges ?? [];
  return (
    <Card withBorder aria-labelledby="suggested-bridges-title">
      <Text fw={600} id="suggested-bridges-title">
        {t('analytics.bridges.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="sm">
        {t('analytics.bridges.intro')}
      </Text>
      {error ? (
        <Text size="sm" c="red">
          {t('analytics.bridges.failed')}: {errorMessage(error)}
        </Text>
      ) : !data && loading ? (
        <Loader size="sm" />
      ) : bridges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('analytics.bridges.none')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {bridges.map((bridge) => (
            <li key={`${bridge.kind}-${bridge.id}`}>
              <Stack gap={4}>
                <Group gap={6} wrap="nowrap" justify="space-between" align="flex-start">
                  <Text size="sm" fw={500} style={{ flex: 1, minWidth: 0 }}>
                    {bridge.kind === 'OPPORTUNITY' ? `${bridge.title} · ${bridge.organizationName}` : bridge.title}
                  </Text>
                  <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                    <Badge size="xs" variant="light">
                      {t(`analytics.bridges.kind.${bridge.kind}`)}
                    </Badge>
                    <Badge size="xs" variant="outline" color="gray">
                      {t('analytics.bridges.steps', { count: bridge.steps })}
                    </Badge>
                  </Group>
                </Group>
                <Group gap={4}>
                  <Text size="xs" c="dimmed">
                    {t('analytics.bridges.matched')}:
                  </Text>
                  {bridge.matchedTalents.map((talent) => (
                    <Badge key={talent} size="xs" color="grape" variant="light">
                      {talent}
                    </Badge>
                  ))}
                </Group>
                <Group gap={4} aria-label={t('analytics.bridges.path')}>
                  {bridge.path.map((node, i) => (
                    <Fragment key={`${i}-${node.id}`}>
                      {i > 0 ? <IconArrowRight size={12} aria-hidden /> : null}
                      <Badge size="xs" variant="dot" color={SECTOR_MANTINE[node.sector]} style={{ textTransform: 'none' }}>
                        {node.anonymous ? t('analytics.bridges.aParticipant') : node.label}
                      </Badge>
                    </Fragment>
                  ))}
                </Group>
              </Stack>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}
