import { count } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db, DbHandle } from '../handle';
import {
  agreementParties,
  agreements,
  auditEvents,
  connections,
  goals,
  introductions,
  networkMembers,
  networks,
  opportunities,
  opportunityTalents,
  organizations,
  participantProfiles,
  participantStatusChanges,
  people,
  planSteps,
  sessions,
  shortlistEntries,
  talents,
  users,
  wishedIndustries,
} from '../schema/index';

/** Every data table, children before parents, so deleting in this order never breaks a foreign key. */
const DELETE_ORDER: readonly SQLiteTable[] = [
  auditEvents,
  sessions,
  users,
  agreementParties,
  agreements,
  introductions,
  shortlistEntries,
  opportunityTalents,
  opportunities,
  connections,
  networkMembers,
  networks,
  wishedIndustries,
  planSteps,
  goals,
  talents,
  participantStatusChanges,
  participantProfiles,
  people,
  organizations,
];

/** True when the database holds no organisations, people, networks, agreements or users. */
export function isDatabaseEmpty(handle: DbHandle): Promise<boolean> {
  return isEmpty(handle.db);
}

/** The same check on a given connection (inside a write transaction: see seedDatabase's onlyIfEmpty). */
export async function isEmpty(db: Db): Promise<boolean> {
  for (const table of [organizations, people, networks, agreements, users]) {
    const [row] = await db.select({ n: count() }).from(table);
    if ((row?.n ?? 0) > 0) return false;
  }
  return true;
}

/**
 * Deletes every row of every data table in one transaction, keeping the schema, the migration
 * history and the `meta` counters. Returns how many rows went.
 */
export async function clearDatabase(handle: DbHandle): Promise<number> {
  return handle.transaction(async (tx) => {
    let deleted = 0;
    for (const table of DELETE_ORDER) {
      const [row] = await tx.select({ n: count() }).from(table);
      await tx.delete(table);
      deleted += row?.n ?? 0;
    }
    return deleted;
  });
}
