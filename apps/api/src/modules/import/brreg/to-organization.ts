import {
  createOrganizationSchema,
  explainOrgNumber,
  normalizeOrgNumber,
  placeNameCase,
  validateInput,
  type CreateOrganizationInput,
} from '@brobygger/domain';
import { kindOf, sectorOf } from './classify';
import { fieldProblem, type RowProblem } from '../report';
import type { RegisterRecord, RegisterValue } from './register-record';

/** The organisation fields an import sets, checked by the same schema the API's forms use. */
export type ImportedOrganization = CreateOrganizationInput & { orgNumber: string };

/** An organisation, or why a row is not one: an English reason and the problem as the report gives it (report.ts). */
export type Conversion = { ok: true; value: ImportedOrganization } | ({ ok: false } & RowProblem);

const ORG_NUMBER_PROBLEMS = {
  digits: { reason: 'the organisation number may contain only digits', problem: 'ORG_NUMBER_DIGITS' },
  length: { reason: 'the organisation number does not have 9 digits', problem: 'ORG_NUMBER_LENGTH' },
  checkDigit: { reason: 'the organisation number has a wrong check digit', problem: 'ORG_NUMBER_CHECK_DIGIT' },
} as const;

/** Fields a row can do without: when one of these is malformed it is left empty instead of losing the row. */
const OPTIONAL_FIELDS = new Set([
  'industryCode',
  'industryName',
  'municipalityNumber',
  'municipalityName',
  'address',
  'postalCode',
  'postalPlace',
  'website',
  'employees',
]);

/** The register writes places in capitals ("NORD-AURDAL"); the app shows them as people write them. */
function placeOf(value: RegisterValue): RegisterValue {
  return typeof value === 'string' ? placeNameCase(value) : value;
}

/** More than any employer has (Norway's largest has about 100,000); also past a 32-bit integer column. */
const MAX_EMPLOYEES = 10_000_000;

/** A count the register could not mean is left empty, as a malformed one is. */
function employeesOf(value: RegisterValue): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || !/^\d+$/.test(value)) return null;
  const count = Number(value);
  return count <= MAX_EMPLOYEES ? count : null;
}

/** A register record as an organisation, or why it cannot be one. */
export function toOrganization(record: RegisterRecord): Conversion {
  if (!record.orgNumber) return { ok: false, reason: 'no organisation number', problem: 'NO_ORG_NUMBER' };
  const problem = explainOrgNumber(record.orgNumber);
  if (problem) {
    const { reason, problem: code } = ORG_NUMBER_PROBLEMS[problem];
    return { ok: false, reason: `${reason} (${record.orgNumber})`, problem: code, params: { value: record.orgNumber } };
  }
  if (!record.name) return { ok: false, reason: 'no name', problem: 'NO_NAME' };
  const verdict = sectorOf(record.sectorCode, record.orgFormCode);
  if (!verdict) {
    return {
      ok: false,
      reason: `unknown sector (sector code ${record.sectorCode ?? 'missing'}, organisation form ${record.orgFormCode ?? 'missing'})`,
      problem: 'UNKNOWN_SECTOR',
      params: { sectorCode: record.sectorCode ?? '', orgFormCode: record.orgFormCode ?? '' },
    };
  }
  // Fields the file has no column for stay undefined: the schema leaves them out, and the import keeps the stored value.
  const input: Record<string, unknown> = {
    name: record.name,
    orgNumber: normalizeOrgNumber(record.orgNumber),
    sector: verdict.sector,
    publiclyOwned: verdict.publiclyOwned,
    kind: kindOf({
      name: record.name,
      orgForm: record.orgFormCode,
      industryCode: record.industryCode,
      sector: verdict.sector,
      sectorCode: record.sectorCode,
    }),
    industryCode: record.industryCode,
    industryName: record.industryName,
    municipalityNumber: record.municipalityNumber,
    municipalityName: placeOf(record.municipalityName),
    address: record.address,
    postalCode: record.postalCode,
    postalPlace: placeOf(record.postalPlace),
    website: record.website,
    employees: employeesOf(record.employees),
  };
  for (let attempt = 0; attempt <= OPTIONAL_FIELDS.size; attempt++) {
    const result = validateInput(createOrganizationSchema, input);
    if (result.ok) return { ok: true, value: result.value as ImportedOrganization };
    const field = result.field.split('.')[0] ?? '';
    if (!OPTIONAL_FIELDS.has(field) || input[field] == null) return { ok: false, ...fieldProblem(result), reason: result.message };
    input[field] = null;
  }
  return { ok: false, reason: 'the row could not be read', problem: 'UNREADABLE' };
}
