/**
 * A value the register gave (trimmed text), left empty (null), or that the file has no column
 * for at all (undefined): each year's CSV has its own set of columns, and a column the file
 * lacks must not clear what an earlier import stored.
 */
export type RegisterValue = string | null | undefined;

/**
 * One organisation as the business register (Enhetsregisteret) describes it, flattened from
 * either of its bulk formats.
 */
export interface RegisterRecord {
  orgNumber: RegisterValue;
  name: RegisterValue;
  orgFormCode: RegisterValue;
  industryCode: RegisterValue;
  industryName: RegisterValue;
  employees: RegisterValue;
  website: RegisterValue;
  address: RegisterValue;
  postalCode: RegisterValue;
  postalPlace: RegisterValue;
  municipalityNumber: RegisterValue;
  municipalityName: RegisterValue;
  sectorCode: RegisterValue;
  bankrupt: boolean;
  dissolving: boolean;
}

/** A record and where it stood in the file: the CSV line, or the JSON array position (1-based). */
export interface SourceRow {
  line: number;
  record: RegisterRecord;
}

function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = (typeof value === 'string' ? value : JSON.stringify(value)).trim();
  return trimmed === '' ? null : trimmed;
}

/** The register writes booleans as true/false in new files and J/N in older ones. */
function yes(value: unknown): boolean {
  const v = text(value)?.toLowerCase();
  return v === 'true' || v === 'j' || v === 'ja' || v === '1';
}

/**
 * A CSV row keyed by header name. The business address wins; the postal address stands in
 * when an organisation registered none (many small associations).
 */
export function recordFromCsvRow(
  row: Readonly<Record<string, string | undefined>>,
  columns: ReadonlySet<string>,
): RegisterRecord {
  const value = (column: string): RegisterValue => (columns.has(column) ? text(row[column]) : undefined);
  const address = (field: string): RegisterValue => {
    const business = value(`forretningsadresse.${field}`);
    const postal = value(`postadresse.${field}`);
    return business ?? postal ?? (business === null || postal === null ? null : undefined);
  };
  return {
    orgNumber: value('organisasjonsnummer'),
    name: value('navn'),
    orgFormCode: value('organisasjonsform.kode'),
    industryCode: value('naeringskode1.kode'),
    industryName: value('naeringskode1.beskrivelse'),
    employees: value('antallAnsatte'),
    website: value('hjemmeside'),
    address: address('adresse'),
    postalCode: address('postnummer'),
    postalPlace: address('poststed'),
    municipalityNumber: address('kommunenummer'),
    municipalityName: address('kommune'),
    sectorCode: value('institusjonellSektorkode.kode'),
    bankrupt: yes(row.konkurs),
    dissolving: yes(row.underAvvikling) || yes(row.underTvangsavviklingEllerTvangsopplosning),
  };
}

type Json = Record<string, unknown>;

function child(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Json)[key] : undefined;
}

/** The JSON files give `adresse` as an array of lines; the CSV joins them with ", ". */
function addressLines(value: unknown): string | null {
  if (Array.isArray(value)) return text(value.map((line) => text(line)).filter(Boolean).join(', '));
  return text(value);
}

/** One element of the JSON array, with its nested objects; the JSON leaves out empty keys, so absent is empty. */
export function recordFromJson(value: unknown): RegisterRecord {
  const business = child(value, 'forretningsadresse');
  const postal = child(value, 'postadresse');
  const addr = business && typeof business === 'object' ? business : postal;
  return {
    orgNumber: text(child(value, 'organisasjonsnummer')),
    name: text(child(value, 'navn')),
    orgFormCode: text(child(child(value, 'organisasjonsform'), 'kode')),
    industryCode: text(child(child(value, 'naeringskode1'), 'kode')),
    industryName: text(child(child(value, 'naeringskode1'), 'beskrivelse')),
    employees: text(child(value, 'antallAnsatte')),
    website: text(child(value, 'hjemmeside')),
    address: addressLines(child(addr, 'adresse')),
    postalCode: text(child(addr, 'postnummer')),
    postalPlace: text(child(addr, 'poststed')),
    municipalityNumber: text(child(addr, 'kommunenummer')),
    municipalityName: text(child(addr, 'kommune')),
    sectorCode: text(child(child(value, 'institusjonellSektorkode'), 'kode')),
    bankrupt: yes(child(value, 'konkurs')),
    dissolving: yes(child(value, 'underAvvikling')) || yes(child(value, 'underTvangsavviklingEllerTvangsopplosning')),
  };
}
