import type { DbHandle } from '@brobygger/db';
import { checkMapping, type ColumnMapping, type CsvImportKind } from '../csv/column-mapping';
import { importCsv } from '../csv/import-csv';
import { ImportInputError } from '../import-error';
import { importEndpoint } from './import-endpoint';
import { badParam, dryRunParam } from './query-params';

interface CsvParams {
  dryRun: boolean;
  mapping: ColumnMapping;
}

/**
 * `POST /import/people?dryRun=true&mapping={"name":"Navn",…}` (and /import/connections): the
 * body is a CSV with a header row; the mapping says which column feeds which field.
 */
export function csvEndpoint(handle: DbHandle, clock: () => Date, kind: CsvImportKind) {
  return importEndpoint<CsvParams>(handle, clock, {
    parse(query) {
      const dryRun = dryRunParam(query);
      if (typeof dryRun !== 'boolean') return dryRun;
      if (typeof query.mapping !== 'string') return badParam('mapping', 'Say which column holds which field (mapping).', { reason: 'MAPPING_REQUIRED' });
      try {
        return { dryRun, mapping: checkMapping(kind, JSON.parse(query.mapping)) };
      } catch (error) {
        if (error instanceof ImportInputError) return badParam(error.field ?? 'mapping', error.message, error.problem);
        return badParam('mapping', 'The mapping is not valid JSON.', { reason: 'MAPPING_NOT_JSON' });
      }
    },
    run: (input, params, actor, now, onProgress) =>
      importCsv(handle, input, { kind, ...params, actor, now, onProgress }),
  });
}
