import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@brobygger/db';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@brobygger/domain';
import { startTestApi, type GraphQLTestClient, type TestApi } from '../../testing/index';
import { createOrg, createParticipant, createPerson } from '../person/test-fixtures';

const EVENTS = `query($filter: AuditEventFilter) {
  auditEvents(first: 100, filter: $filter) { nodes { action entityType entityId entityName aboutParticipant user { email } role } }
}`;

interface Event {
  action: string;
  entityType: string;
  entityId: string | null;
  entityName: string | null;
  aboutParticipant: boolean;
}

let api: TestApi;
let coordinator: GraphQLTestClient;
let admin: GraphQLTestClient;

beforeAll(async () => {
  api = await startTestApi();
  coordinator = await api.as('COORDINATOR');
  admin = await api.as('ADMIN');
});
afterAll(() => api.stop());

async function eventsAbout(entityId: string): Promise<Event[]> {
  const data = await admin.data<{ auditEvents: { nodes: Event[] } }>(EVENTS, { filter: { entityId } });
  return data.auditEvents.nodes;
}

describe('the audit log, as the admin reads it', () => {
  it('names people who are not participants, organisations and accounts', async () => {
    const orgId = await createOrg(coordinator, { name: 'Skien Sveis AS' });
    const personId = await createPerson(coordinator, { name: 'Per Profesjonell', organizationId: orgId });
    expect(await eventsAbout(orgId)).toEqual([expect.objectContaining({ action: 'create', entityType: 'Organization', entityName: 'Skien Sveis AS', aboutParticipant: false })]);
    expect(await eventsAbout(personId)).toEqual([expect.objectContaining({ action: 'create', entityType: 'Person', entityName: 'Per Profesjonell', aboutParticipant: false })]);
  });

  it('never names a participant, says the event is about one, and reads no profile doing so', async () => {
    const participantId = await createParticipant(coordinator, 'Dina Deltaker');
    const before = await api.handle.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, participantId));
    const events = await eventsAbout(participantId);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event).toMatchObject({ entityName: null, aboutParticipant: true });
    const after = await api.handle.db.select().from(schema.auditEvents).where(eq(schema.auditEvents.entityId, participantId));
    expect(after).toHaveLength(before.length);
  });

  it('leaves unnamed what the admin may not read: agreements, networks, ties', async () => {
    const { createNetwork } = await coordinator.data<{ createNetwork: { id: string } }>(
      `mutation { createNetwork(input: { name: "Næringsforum Grenland", kind: BUSINESS_FORUM }) { id } }`,
    );
    expect(await eventsAbout(createNetwork.id)).toEqual([expect.objectContaining({ entityType: 'Network', entityName: null })]);
  });

  it('records only actions and kinds the web has words for', async () => {
    const rows = await api.handle.db.select({ action: schema.auditEvents.action, entityType: schema.auditEvents.entityType }).from(schema.auditEvents);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(AUDIT_ACTIONS as readonly string[]).toContain(row.action);
      expect(AUDIT_ENTITY_TYPES as readonly string[]).toContain(row.entityType);
    }
  });

  it('is the admin’s alone', async () => {
    const result = await coordinator.request(EVENTS, {});
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE' });
  });
});
