import { and, inArray, isNull } from 'drizzle-orm';
import { schema, type Db } from '@brobygger/db';
import { COLUMN_LABELS, PARTY_ROLES, labelOf, type ColumnName, type LabelLanguage } from '@brobygger/domain';
import type { ExportList, NamedTable } from './export-lists';

/** The file's columns in order: each list column, a name after an id that points somewhere, then the parties. */
export function exportColumns(list: ExportList): ColumnName[] {
  const columns: ColumnName[] = [];
  for (const column of Object.keys(list.columns) as ColumnName[]) {
    columns.push(column);
    const named = list.names?.[column];
    if (named) columns.push(named.heading);
  }
  if (list.parties) columns.push('partyCount', 'parties');
  return columns;
}

export function exportHeadings(list: ExportList, language: LabelLanguage): string[] {
  return exportColumns(list).map((column) => COLUMN_LABELS[language][column]);
}

interface Named {
  name: string;
  /** A participant: naming them in a file is a read of who they are (audited). */
  participant: boolean;
}

/** Names of some rows of a table by id; erased people have none. */
async function namesOf(db: Db, table: NamedTable, ids: readonly string[]): Promise<Map<string, Named>> {
  const found = new Map<string, Named>();
  if (!ids.length) return found;
  const unique = [...new Set(ids)];
  if (table === 'people') {
    const t = schema.people;
    const rows = await db
      .select({ id: t.id, name: t.name, participant: t.isParticipant })
      .from(t)
      .where(and(inArray(t.id, unique), isNull(t.erasedAt)));
    for (const row of rows) found.set(row.id, { name: row.name, participant: row.participant });
    return found;
  }
  const t = table === 'organizations' ? schema.organizations : schema.networks;
  const rows = await db.select({ id: t.id, name: t.name }).from(t).where(inArray(t.id, unique));
  for (const row of rows) found.set(row.id, { name: row.name, participant: false });
  return found;
}

/** Each agreement's parties as "name (role)", in the file's language. */
async function partiesOf(db: Db, agreementIds: readonly string[], language: LabelLanguage) {
  const t = schema.agreementParties;
  const rows = agreementIds.length
    ? await db
        .select({ agreementId: t.agreementId, personId: t.personId, organizationId: t.organizationId, role: t.role })
        .from(t)
        .where(inArray(t.agreementId, [...agreementIds]))
    : [];
  // In the order of PARTY_ROLES (the participant first), as the agreement page lists them.
  rows.sort((a, b) => PARTY_ROLES.indexOf(a.role) - PARTY_ROLES.indexOf(b.role));
  const people = await namesOf(db, 'people', rows.flatMap((row) => (row.personId ? [row.personId] : [])));
  const organizations = await namesOf(db, 'organizations', rows.flatMap((row) => (row.organizationId ? [row.organizationId] : [])));
  const byAgreement = new Map<string, string[]>();
  const participants: string[] = [];
  for (const row of rows) {
    const party = row.personId ? people.get(row.personId) : row.organizationId ? organizations.get(row.organizationId) : undefined;
    if (party?.participant && row.personId) participants.push(row.personId);
    const words = `${party?.name ?? '?'} (${labelOf(language, 'partyRole', row.role)})`;
    byAgreement.set(row.agreementId, [...(byAgreement.get(row.agreementId) ?? []), words]);
  }
  return { byAgreement, participants };
}

/**
 * A page of rows as the file's cells: codes as words, names beside ids, an agreement's parties.
 * Also the participants the page names, whose reads the caller audits.
 */
export async function exportCells(
  db: Db,
  list: ExportList,
  language: LabelLanguage,
  rows: readonly Record<string, unknown>[],
): Promise<{ cells: unknown[][]; participants: string[] }> {
  const participants = new Set<string>();
  const names = new Map<ColumnName, Map<string, Named>>();
  for (const [column, named] of Object.entries(list.names ?? {}) as [ColumnName, { of: NamedTable }][]) {
    const ids = rows.map((row) => row[column]).filter((id): id is string => typeof id === 'string');
    names.set(column, await namesOf(db, named.of, ids));
  }
  const parties = list.parties ? await partiesOf(db, rows.map((row) => String(row.__id)), language) : null;
  for (const id of parties?.participants ?? []) participants.add(id);

  const cells = rows.map((row) => {
    if (row.isParticipant === true) participants.add(String(row.__id));
    const line: unknown[] = [];
    for (const column of Object.keys(list.columns) as ColumnName[]) {
      const value = row[column];
      const vocabulary = list.labels?.[column];
      const code = typeof value === 'string' || typeof value === 'boolean' ? String(value) : null;
      line.push(vocabulary && code !== null ? labelOf(language, vocabulary, code) : value);
      const found = names.get(column);
      if (found) {
        const named = typeof value === 'string' ? found.get(value) : undefined;
        if (named?.participant && typeof value === 'string') participants.add(value);
        line.push(named?.name ?? null);
      }
    }
    if (parties) {
      const words = parties.byAgreement.get(String(row.__id)) ?? [];
      line.push(words.length, words.join(' | '));
    }
    return line;
  });
  return { cells, participants: [...participants] };
}
