import { isValidOrgNumber, normalizeOrgNumber } from '@brobygger/domain';
import type { DbHandle } from '@brobygger/db';
import { importRegister } from '../brreg/import-register';
import type { UnpackLimits } from '../brreg/read-register';
import { importEndpoint, type ImportRun } from './import-endpoint';
import { badParam, dryRunParam, listParam } from './query-params';

interface BrregParams {
  dryRun: boolean;
  municipalities: string[];
  orgNumbers: Set<string> | undefined;
}

function parseBrregQuery(query: Parameters<ImportRun<BrregParams>['parse']>[0]) {
  const dryRun = dryRunParam(query);
  if (typeof dryRun !== 'boolean') return dryRun;
  const municipalities = listParam(query, 'kommune');
  const wrong = municipalities.find((number) => !/^\d{4}$/.test(number));
  if (wrong !== undefined) {
    return badParam('kommune', `A kommunenummer has 4 digits, like 4003; got "${wrong}".`, { reason: 'IMPORT_MUNICIPALITY', params: { value: wrong } });
  }
  const numbers = listParam(query, 'orgnr').map(normalizeOrgNumber);
  const invalid = numbers.find((number) => !isValidOrgNumber(number));
  if (invalid !== undefined) {
    return badParam('orgnr', `${invalid} is not a valid organisation number.`, { reason: 'IMPORT_ORG_NUMBER', params: { value: invalid } });
  }
  return { dryRun, municipalities, orgNumbers: numbers.length ? new Set(numbers) : undefined };
}

/**
 * `POST /import/brreg?dryRun=true&kommune=4003&kommune=4001&orgnr=910000004,…`: the body is
 * the register file (CSV or JSON, plain or gzipped) as sent by the upload page.
 */
export function brregEndpoint(handle: DbHandle, clock: () => Date, unpackLimits?: UnpackLimits) {
  return importEndpoint<BrregParams>(handle, clock, {
    parse: parseBrregQuery,
    run: (input, params, actor, now, onProgress) =>
      importRegister(handle, input, { ...params, actor, now, onProgress, ...(unpackLimits ? { unpackLimits } : {}) }),
  });
}
