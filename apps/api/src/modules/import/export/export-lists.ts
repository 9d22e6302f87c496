import { and, gt, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import { schema, type DbColumn, type DbTable } from '@brobygger/db';
import {
  NETWORK_KINDS,
  OPPORTUNITY_KINDS,
  OPPORTUNITY_STATUSES,
  ORGANIZATION_KINDS,
  SECTORS,
  type AuditEntityType,
  type ColumnName,
  type LabelVocabulary,
  type Sector,
} from '@brobygger/domain';
import { containsText } from '../../../lib/search';

/** A list as a CSV: its table, its columns (header → column) and what `search` and `sector` filter on. */
export interface ExportList {
  /** The audit log's name for the entity. */
  entityType: AuditEntityType;
  table: DbTable;
  id: DbColumn;
  /** Column heading (COLUMN_LABELS in @brobygger/domain) → column, in the file's order. */
  columns: Partial<Record<ColumnName, DbColumn>>;
  /** Columns holding a code, written as its word in the file's language. */
  labels?: Partial<Record<ColumnName, LabelVocabulary>>;
  /** Id columns followed by the name of what they point at, so a spreadsheet needs no lookup. */
  names?: Partial<Record<ColumnName, { of: NamedTable; heading: ColumnName }>>;
  /** Agreements: a count of parties and each party's name with its role. */
  parties?: true;
  search?: DbColumn[];
  sector?: DbColumn;
  /** When the row was archived, for `archived=true|false`. */
  archived?: DbColumn;
  /** Further filters by parameter name (`kind=COMPANY`), each an enum column and its values. */
  choices?: Record<string, { column: DbColumn; values: readonly string[] }>;
  /** Rows never exported: people who erased their data. */
  always?: SQL;
}

/** Tables an id column can point at, for its name beside it. */
export type NamedTable = 'organizations' | 'people' | 'networks';

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
      archivedAt: o.archivedAt,
    },
    labels: { sector: 'sector', kind: 'orgKind', publiclyOwned: 'yesNo', source: 'organizationSource' },
    search: [o.name, o.orgNumber],
    sector: o.sector,
    archived: o.archivedAt,
    choices: { kind: { column: o.kind, values: ORGANIZATION_KINDS } },
  },
  people: {
    entityType: 'Person',
    table: p,
    id: p.id,
    columns: {
      id: p.id, name: p.name, email: p.email, phone: p.phone, sector: p.sector, title: p.title,
      organizationId: p.organizationId, isParticipant: p.isParticipant, since: p.since, createdAt: p.createdAt,
      archivedAt: p.archivedAt,
    },
    labels: { sector: 'sector', isParticipant: 'yesNo' },
    names: { organizationId: { of: 'organizations', heading: 'organizationName' } },
    search: [p.name, p.email],
    sector: p.sector,
    archived: p.archivedAt,
    always: isNull(p.erasedAt),
  },
  networks: {
    entityType: 'Network',
    table: n,
    id: n.id,
    columns: {
      id: n.id, name: n.name, kind: n.kind, description: n.description, municipalityNumber: n.municipalityNumber,
      municipalityName: n.municipalityName, startedOn: n.startedOn, endedOn: n.endedOn, archivedAt: n.archivedAt,
    },
    labels: { kind: 'networkKind' },
    search: [n.name],
    archived: n.archivedAt,
    choices: { kind: { column: n.kind, values: NETWORK_KINDS } },
  },
  connections: {
    entityType: 'Connection',
    table: c,
    id: c.id,
    columns: {
      id: c.id, personAId: c.personAId, personBId: c.personBId, kind: c.kind, strength: c.strength,
      since: c.since, until: c.until, note: c.note,
    },
    labels: { kind: 'connectionKind' },
    names: {
      personAId: { of: 'people', heading: 'personAName' },
      personBId: { of: 'people', heading: 'personBName' },
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
    labels: { kind: 'agreementKind', status: 'agreementStatus', outcome: 'outcome' },
    names: { networkId: { of: 'networks', heading: 'networkName' } },
    parties: true,
    search: [a.title],
  },
  opportunities: {
    entityType: 'Opportunity',
    table: op,
    id: op.id,
    columns: {
      id: op.id, organizationId: op.organizationId, title: op.title, kind: op.kind, status: op.status,
      description: op.description, municipalityNumber: op.municipalityNumber, municipalityName: op.municipalityName,
      hoursPerWeek: op.hoursPerWeek, archivedAt: op.archivedAt,
    },
    labels: { kind: 'opportunityKind', status: 'opportunityStatus' },
    names: { organizationId: { of: 'organizations', heading: 'organizationName' } },
    search: [op.title],
    archived: op.archivedAt,
    choices: { status: { column: op.status, values: OPPORTUNITY_STATUSES }, kind: { column: op.kind, values: OPPORTUNITY_KINDS } },
  },
} satisfies Record<string, ExportList>;

export type ExportListName = keyof typeof EXPORT_LISTS;

export function isExportListName(name: string): name is ExportListName {
  return Object.hasOwn(EXPORT_LISTS, name);
}

export function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** What an export is narrowed to, from the request's parameters. */
export interface ExportFilter {
  search: string | null;
  sectors: readonly Sector[];
  /** True: only archived rows; false: only rows in use; null: both. */
  archived: boolean | null;
  /** Values of the list's `choices`, by parameter name. */
  choices: Readonly<Record<string, readonly string[]>>;
}

/** The filter of one page: after the last id seen (keyset), then what the request asked for. */
export function pageWhere(list: ExportList, after: string | null, filter: ExportFilter): SQL | undefined {
  const { search, sectors, archived } = filter;
  const conditions: (SQL | undefined)[] = [list.always];
  if (archived !== null && list.archived) conditions.push(archived ? isNotNull(list.archived) : isNull(list.archived));
  for (const [name, choice] of Object.entries(list.choices ?? {})) {
    const values = filter.choices[name] ?? [];
    if (values.length) conditions.push(inArray(choice.column, [...values]));
  }
  if (after) conditions.push(gt(list.id, after));
  if (search && list.search)
    conditions.push(or(...list.search.map((column) => containsText(column, search))));
  if (sectors.length && list.sector) conditions.push(inArray(list.sector, [...sectors]));
  return and(...conditions);
}
