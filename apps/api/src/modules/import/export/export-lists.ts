import { and, gt, inArray, isNull, like, or, type SQL } from 'drizzle-orm';
import { schema } from '@brobygger/db';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { SECTORS, type Sector } from '@brobygger/domain';
import { likePattern } from '../../../lib/search';

/** A list as a CSV: its table, its columns (header → column) and what `search` and `sector` filter on. */
export interface ExportList {
  /** The audit log's name for the entity. */
  entityType: string;
  table: SQLiteTable;
  id: SQLiteColumn;
  columns: Record<string, SQLiteColumn>;
  search?: SQLiteColumn[];
  sector?: SQLiteColumn;
  /** Rows never exported: people who erased their data. */
  always?: SQL;
}

const o = schema.organizations;
const p = schema.people;
const n = schema.networks;
const c = schema.connections;
const a = schema.agreements;
const op = schema.opportunities;

/**
 * Every list a coordinator works with. Columns are the entity's own fields: a people export
 * carries names and contact details (the coordinator sees them anyway) but never participant
 * profiles, benefits or consent, which stay behind their own rules.
 */
export const EXPORT_LISTS = {
  organizations: {
    entityType: 'Organization',
    table: o,
    id: o.id,
    columns: {
      id: o.id, name: o.name, orgNumber: o.orgNumber, sector: o.sector, kind: o.kind, industryCode: o.industryCode,
      industryName: o.industryName, municipalityNumber: o.municipalityNumber, municipalityName: o.municipalityName,
      address: o.address, postalCode: o.postalCode, postalPlace: o.postalPlace, website: o.website,
      employees: o.employees, publiclyOwned: o.publiclyOwned, source: o.source, createdAt: o.createdAt, updatedAt: o.updatedAt,
    },
    search: [o.name, o.orgNumber],
    sector: o.sector,
  },
  people: {
    entityType: 'Person',
    table: p,
    id: p.id,
    columns: {
      id: p.id, name: p.name, email: p.email, phone: p.phone, sector: p.sector, title: p.title,
      organizationId: p.organizationId, isParticipant: p.isParticipant, since: p.since, createdAt: p.createdAt,
    },
    search: [p.name, p.email],
    sector: p.sector,
    always: isNull(p.erasedAt),
  },
  networks: {
    entityType: 'Network',
    table: n,
    id: n.id,
    columns: {
      id: n.id, name: n.name, kind: n.kind, description: n.description, municipalityNumber: n.municipalityNumber,
      municipalityName: n.municipalityName, startedOn: n.startedOn, endedOn: n.endedOn,
    },
    search: [n.name],
  },
  connections: {
    entityType: 'Connection',
    table: c,
    id: c.id,
    columns: {
      id: c.id, personAId: c.personAId, personBId: c.personBId, kind: c.kind, strength: c.strength,
      since: c.since, until: c.until, note: c.note,
    },
  },
  agreements: {
    entityType: 'Agreement',
    table: a,
    id: a.id,
    columns: {
      id: a.id, title: a.title, kind: a.kind, status: a.status, startDate: a.startDate, endDate: a.endDate,
      goals: a.goals, outcome: a.outcome, terminationReason: a.terminationReason, networkId: a.networkId,
    },
    search: [a.title],
  },
  opportunities: {
    entityType: 'Opportunity',
    table: op,
    id: op.id,
    columns: {
      id: op.id, organizationId: op.organizationId, title: op.title, kind: op.kind, status: op.status,
      description: op.description, municipalityNumber: op.municipalityNumber, municipalityName: op.municipalityName,
      hoursPerWeek: op.hoursPerWeek,
    },
    search: [op.title],
  },
} satisfies Record<string, ExportList>;

export type ExportListName = keyof typeof EXPORT_LISTS;

export function isExportListName(name: string): name is ExportListName {
  return Object.hasOwn(EXPORT_LISTS, name);
}

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** The filter of one page: after the last id seen (keyset), the search text, the sectors. */
export function pageWhere(list: ExportList, after: string | null, search: string | null, sectors: readonly Sector[]): SQL | undefined {
  const conditions: (SQL | undefined)[] = [list.always];
  if (after) conditions.push(gt(list.id, after));
  if (search && list.search) conditions.push(or(...list.search.map((column) => like(column, likePattern(search)))));
  if (sectors.length && list.sector) conditions.push(inArray(list.sector, [...sectors]));
  return and(...conditions);
}
