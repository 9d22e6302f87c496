import { DEMO_PASSWORD } from '@brobygger/db/seed';
import { GraphQLTestClient } from '../testing';

export const CREATE_ORGANIZATION = `mutation CreateOrganization($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id }
}`;

export const CREATE_PARTICIPANT = `mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) { id }
}`;

/** Talents every written participant gets, so a half-applied one is easy to see. */
export const WRITTEN_TALENTS = ['Sveising', 'Truckførerbevis', 'Regnskap'];

export interface Acknowledged {
  kind: 'organization' | 'participant';
  id: string;
  name: string;
  /** When the success answer arrived (performance.now()). */
  at: number;
}

/** A coordinator's session on a server. */
export async function coordinator(url: string): Promise<GraphQLTestClient> {
  const client = new GraphQLTestClient(url);
  await client.login('coordinator@example.org', DEMO_PASSWORD);
  return client;
}

/**
 * A client that keeps creating organisations and participants (each with a profile and three
 * talents) under distinct names until `stop()` or until the server goes away, recording every
 * mutation answered with success.
 */
export function startWriter(client: GraphQLTestClient, tag: string, acknowledged: Acknowledged[]) {
  let running = true;
  let failures = 0;
  const done = (async () => {
    for (let n = 0; running; n += 1) {
      const organization = n % 2 === 0;
      const name = `${tag} ${organization ? 'org' : 'person'} ${n}`;
      try {
        const result = organization
          ? await client.request<{ createOrganization: { id: string } }>(CREATE_ORGANIZATION, {
              input: { name, sector: 'BUSINESS', kind: 'COMPANY' },
            })
          : await client.request<{ createPerson: { id: string } }>(CREATE_PARTICIPANT, {
              input: {
                name,
                sector: 'CIVIL',
                participant: {
                  hoursPerWeek: 20,
                  visibleToEmployers: true,
                  talents: WRITTEN_TALENTS.map((talent) => ({ name: talent })),
                },
              },
            });
        const data = result.data as Record<string, { id: string }> | null | undefined;
        const id = data && Object.values(data)[0]?.id;
        if (result.status === 200 && !result.errors && id) {
          acknowledged.push({ kind: organization ? 'organization' : 'participant', id, name, at: performance.now() });
        } else failures += 1;
      } catch {
        // The server went away mid-request: the outcome is unknown, and not acknowledged.
        return;
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
    },
    done,
    failures: () => failures,
  };
}
