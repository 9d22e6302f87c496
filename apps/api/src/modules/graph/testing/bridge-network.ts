import type { GraphQLTestClient } from '../../../testing/index';

/** Names of the fixture's nodes, mapped to their ids once created. */
export type BridgeNetworkIds = Record<
  'bedrift' | 'nav' | 'verksted' | 'fjern' | 'b1' | 'b2' | 'b3' | 'n1' | 'n2' | 'n3' | 'bridge' | 'pia' | 'ola',
  string
>;

/**
 * Two tight clusters, a business one (Bedrift AS and its three employees, all tied to each
 * other) and a public one (NAV and its three officers), joined only through Brita Brobygger,
 * a civil-sector person who also works at Verksted AS. Pia, a participant in full-time work
 * who shares her data for research, knows Brita; Ola, a participant outside work, knows no
 * one; Fjern AS is cut off. Openings at Bedrift, Verksted and Fjern ask for Pia's talents.
 */
export async function createBridgeNetwork(coordinator: GraphQLTestClient): Promise<BridgeNetworkIds> {
  const org = async (name: string, sector: string, kind: string) =>
    (
      await coordinator.data<{ createOrganization: { id: string } }>(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`,
        { i: { name, sector, kind } },
      )
    ).createOrganization.id;
  const person = async (input: Record<string, unknown>) =>
    (
      await coordinator.data<{ createPerson: { id: string } }>(`mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }`, {
        i: input,
      })
    ).createPerson.id;
  const connect = (a: string, b: string) =>
    coordinator.data(`mutation($i: CreateConnectionInput!) { createConnection(input: $i) { id } }`, {
      i: { personAId: a, personBId: b, kind: 'CONTACT' },
    });
  const opening = (organizationId: string, title: string, talents: string[], status = 'OPEN') =>
    coordinator.data(`mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`, {
      i: { organizationId, title, kind: 'JOB', status, talents },
    });

  const bedrift = await org('Bedrift AS', 'BUSINESS', 'COMPANY');
  const nav = await org('NAV Skien', 'PUBLIC', 'NAV_OFFICE');
  const verksted = await org('Verksted AS', 'BUSINESS', 'COMPANY');
  const fjern = await org('Fjern AS', 'BUSINESS', 'COMPANY');
  const ids: BridgeNetworkIds = {
    bedrift,
    nav,
    verksted,
    fjern,
    b1: await person({ name: 'Bjørn Bedrift', sector: 'BUSINESS', organizationId: bedrift }),
    b2: await person({ name: 'Bente Bedrift', sector: 'BUSINESS', organizationId: bedrift }),
    b3: await person({ name: 'Birger Bedrift', sector: 'BUSINESS', organizationId: bedrift }),
    n1: await person({ name: 'Nina Nav', sector: 'PUBLIC', organizationId: nav }),
    n2: await person({ name: 'Nils Nav', sector: 'PUBLIC', organizationId: nav }),
    n3: await person({ name: 'Nora Nav', sector: 'PUBLIC', organizationId: nav }),
    bridge: await person({ name: 'Brita Brobygger', sector: 'CIVIL', organizationId: verksted }),
    pia: await person({
      name: 'Pia Deltaker',
      sector: 'CIVIL',
      participant: {
        status: 'EMPLOYED_FULL_TIME',
        shareForResearch: true,
        talents: [{ name: 'Sveising' }, { name: 'Truckførerbevis' }],
      },
    }),
    ola: await person({ name: 'Ola Utenfor', sector: 'CIVIL', participant: { status: 'OUTSIDE_WORK' } }),
  };
  for (const [a, b] of [
    ['b1', 'b2'],
    ['b2', 'b3'],
    ['b1', 'b3'],
    ['n1', 'n2'],
    ['n2', 'n3'],
    ['n1', 'n3'],
    ['bridge', 'b1'],
    ['bridge', 'n1'],
    ['pia', 'bridge'],
  ] as const) {
    await connect(ids[a], ids[b]);
  }
  await opening(bedrift, 'Lagermedarbeider', ['Truckførerbevis', 'SVEISING']);
  await opening(bedrift, 'Sveiser', ['sveising']);
  await opening(bedrift, 'Baker', ['Baking']);
  await opening(bedrift, 'Sveiser (besatt)', ['Sveising'], 'FILLED');
  await opening(verksted, 'Verkstedhjelp', ['Sveising ']);
  await opening(fjern, 'Sveiser i Fjern', ['Sveising']);
  return ids;
}
