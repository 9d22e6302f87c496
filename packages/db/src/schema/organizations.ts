import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ORGANIZATION_KINDS, SECTORS } from '@brobygger/domain';
import { timestamps } from './timestamps';

/** Companies, NAV offices, municipalities, social enterprises… */
export const organizations = sqliteTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Norwegian organisasjonsnummer, 9 digits with a MOD11 check digit; optional. */
    orgNumber: text('org_number'),
    sector: text('sector', { enum: SECTORS }).notNull(),
    kind: text('kind', { enum: ORGANIZATION_KINDS }).notNull(),
    /** NACE code (næringskode), e.g. "47.111". */
    industryCode: text('industry_code'),
    industryName: text('industry_name'),
    /** Kommunenummer, 4 digits. */
    municipalityNumber: text('municipality_number'),
    municipalityName: text('municipality_name'),
    address: text('address'),
    postalCode: text('postal_code'),
    postalPlace: text('postal_place'),
    website: text('website'),
    employees: integer('employees'),
    /** Publicly owned company (institutional sector 1110/1120/1510/1520): BUSINESS, but owned by the state or a municipality. */
    publiclyOwned: integer('publicly_owned', { mode: 'boolean' }).notNull().default(false),
    /** Where the row came from: typed by hand, or imported from the business register. */
    source: text('source', { enum: ['MANUAL', 'BRREG', 'CSV'] })
      .notNull()
      .default('MANUAL'),
    /** Set when a coordinator edits a field by hand, so a register import does not silently overwrite it. */
    editedByHandAt: text('edited_by_hand_at'),
    /** Set when a coordinator archives the record: hidden from lists, search, pickers and the graph until restored. */
    archivedAt: text('archived_at'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('organizations_org_number_unique').on(t.orgNumber),
    index('organizations_name_idx').on(t.name),
    index('organizations_sector_idx').on(t.sector, t.name),
    index('organizations_kind_idx').on(t.kind),
    index('organizations_municipality_idx').on(t.municipalityNumber),
    index('organizations_archived_idx').on(t.archivedAt),
  ],
);

export type OrganizationRow = typeof organizations.$inferSelect;
export type NewOrganizationRow = typeof organizations.$inferInsert;
