import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SECTORS } from '@brobygger/domain';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { formatDate } from '../../lib/format';
import { errorMessage, wordRefusal } from '../../lib/graphql-error';
import { SECTOR_COLORS } from '../../lib/sector-colors';
import { useViewer } from '../session/viewer-context';

export const PartyGroups_agreement = graphql(`
  fragment PartyGroups_agreement on Agreement {
    id
    title
    allowedMoves {
      move
      allowed
      reason
      code
      params
    }
    parties {
      id
      name
      role
      sector
      signedAt
      person {
        id
        isParticipant
      }
      organization {
        id
      }
    }
  }
`);

const SignMutation = graphql(`
  mutation PartyGroupsSign($id: ID!, $partyId: ID!) {
    signAgreement(id: $id, partyId: $partyId) {
      ...AgreementRoute_agreement
    }
  }
`);

function partyPath(party: {
  person?: { id: string; isParticipant: boolean } | null;
  organization?: { id: string } | null;
}) {
  if (party.person)
    return party.person.isParticipant
      ? `/participants/${party.person.id}`
      : `/people/${party.person.id}`;
  return party.organization ? `/organizations/${party.organization.id}` : null;
}

/**
 * The parties in one column per sector, each with its signature or a button to sign. Signing
 * records a party's signature on their behalf, so it asks first, as answering an introduction
 * on a participant's behalf does.
 */
export function PartyGroups(props: { agreement: FragmentType<typeof PartyGroups_agreement> }) {
  const { t, i18n } = useTranslation();
  const agreement = useFragment(PartyGroups_agreement, props.agreement);
  const [sign, { loading }] = useMutation(SignMutation);
  const [pending, setPending] = useState<{ partyId: string; name: string } | null>(null);
  const signMove = agreement.allowedMoves.find((m) => m.move === 'SIGN');
  const canSign = signMove?.allowed ?? false;
  // An employer signs only for its own organisation (the API refuses the rest): offer no other.
  const viewer = useViewer();
  const ownSignature = viewer.role === 'EMPLOYER';
  const maySignFor = (party: { organization?: { id: string } | null }) =>
    viewer.role !== 'EMPLOYER' || (viewer.organizationId != null && party.organization?.id === viewer.organizationId);
  const send = async (party: { partyId: string; name: string }) => {
    try {
      await sign({ variables: { id: agreement.id, partyId: party.partyId } });
      notifications.show({
        color: 'teal',
        message: t('agreements.sign.signed', { name: party.name }),
      });
      setPending(null);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('agreement.moveFailed'),
        message: errorMessage(error),
      });
    }
  };
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {SECTORS.map((sector) => {
          const parties = agreement.parties.filter((p) => p.sector === sector);
          return (
            <Card
              key={sector}
              withBorder
              style={{ borderTop: `4px solid ${SECTOR_COLORS[sector]}` }}
            >
              <Text fw={600} mb="xs">
                {t(`sector.${sector}`)}
              </Text>
              {parties.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('agreement.noPartyInSector')}
                </Text>
              ) : (
                <Stack gap="sm">
                  {parties.map((p) => {
                    const path = partyPath(p);
                    const name = p.name || t('agreement.hiddenParty');
                    return (
                      <Stack key={p.id} gap={4}>
                        <Group gap={6}>
                          {path ? (
                            <Anchor component={Link} to={path} fw={500}>
                              {p.name}
                            </Anchor>
                          ) : (
                            <Text fw={500}>{p.name || t('agreement.hiddenParty')}</Text>
                          )}
                          <Badge size="xs" variant="outline">
                            {t(`partyRole.${p.role}`)}
                          </Badge>
                        </Group>
                        {p.signedAt ? (
                          <Group gap={4}>
                            <IconCircleCheck size={16} color="var(--mantine-color-teal-6)" />
                            <Text size="xs">
                              {t('agreement.signedOn', {
                                date: formatDate(p.signedAt, i18n.language),
                              })}
                            </Text>
                          </Group>
                        ) : !maySignFor(p) ? (
                          <Text size="xs" c="dimmed">
                            {t('employer.agreement.notSigned')}
                          </Text>
                        ) : (
                          <Button
                            size="compact-sm"
                            h="auto"
                            py={4}
                            styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
                            variant="light"
                            disabled={!canSign}
                            loading={loading}
                            title={
                              canSign || !signMove
                                ? undefined
                                : wordRefusal(signMove.code, signMove.params)
                            }
                            onClick={() => setPending({ partyId: p.id, name })}
                          >
                            {t('agreement.signFor', { name })}
                          </Button>
                        )}
                      </Stack>
                    );
                  })}
                </Stack>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
      <Modal
        opened={pending !== null}
        onClose={() => setPending(null)}
        // An employer signs for its own organisation; a coordinator records a party's signature.
        title={t(ownSignature ? 'agreements.sign.ownTitle' : 'agreements.sign.title')}
      >
        {pending ? (
          <Stack>
            <Text size="sm">
              {t(ownSignature ? 'agreements.sign.ownBody' : 'agreements.sign.body', { name: pending.name, title: agreement.title })}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)}>
                {t('actions.cancel')}
              </Button>
              <Button loading={loading} onClick={() => void send(pending)}>
                {t('agreements.sign.confirm')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
