import { ImportInputError } from '../import-error';

/** The fields a CSV import can fill, per list; the required ones must be mapped to a column. */
export const IMPORT_FIELDS = {
  people: {
    required: ['name', 'sector'],
    optional: ['email', 'phone', 'title', 'organization', 'since'],
  },
  connections: {
    required: ['personA', 'personB', 'kind'],
    optional: ['strength', 'since', 'until', 'note'],
  },
} as const;

export type CsvImportKind = keyof typeof IMPORT_FIELDS;

/** Which column of the file feeds which field: `{ name: "Navn", email: "E-post" }`. */
export type ColumnMapping = Readonly<Record<string, string>>;

/** Checks a mapping's shape before the file is read: known fields, text values, required fields present. */
export function checkMapping(kind: CsvImportKind, mapping: unknown): ColumnMapping {
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
    throw new ImportInputError('The mapping must be an object from field to column name.', { reason: 'MAPPING_NOT_OBJECT' }, 'mapping');
  }
  const fields = IMPORT_FIELDS[kind];
  const known = new Set<string>([...fields.required, ...fields.optional]);
  const result: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping)) {
    if (!known.has(field)) {
      const fields = [...known].join(', ');
      throw new ImportInputError(`"${field}" is not a field of ${kind}; choose from ${fields}.`, { reason: 'MAPPING_UNKNOWN_FIELD', params: { field, fields } }, `mapping.${field}`);
    }
    if (column === null || column === '') continue;
    if (typeof column !== 'string') {
      throw new ImportInputError(`The column for ${field} must be a name.`, { reason: 'MAPPING_NOT_A_COLUMN', params: { field } }, `mapping.${field}`);
    }
    result[field] = column.trim();
  }
  const missing = fields.required.find((field) => !result[field]);
  if (missing) {
    throw new ImportInputError(`Choose the column that holds ${missing}.`, { reason: 'MAPPING_MISSING', params: { field: missing } }, `mapping.${missing}`);
  }
  return result;
}

/** Throws, naming the field, when the file has no column the mapping names. */
export function checkColumns(mapping: ColumnMapping, header: readonly string[]): void {
  const present = new Set(header);
  for (const [field, column] of Object.entries(mapping)) {
    if (!present.has(column)) {
      throw new ImportInputError(
        `The file has no column "${column}" (mapped to ${field}).`,
        { reason: 'MAPPING_NO_SUCH_COLUMN', params: { field, column } },
        `mapping.${field}`,
      );
    }
  }
}

/** A row's values under the field names; blank cells are left out. */
export function mapRow(mapping: ColumnMapping, row: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping)) {
    const value = row[column]?.trim();
    if (value) values[field] = value;
  }
  return values;
}
