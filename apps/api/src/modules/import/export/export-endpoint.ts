import { asc } from 'drizzle-orm';
import type { RequestHandler } from 'express';
import type { DbHandle } from '@brobygger/db';
import type { Sector } from '@brobygger/domain';
import { searchError } from '../../../lib/search';
import { coordinatorOf } from '../http/request-viewer';
import { listParam } from '../http/query-params';
import { auditImport } from '../import-audit';
import { auditProfileReads } from '../../../privacy/profile-reads';
import { UTF8_BOM, csvLine } from './csv-format';
import { EXPORT_LISTS, isExportListName, isSector, pageWhere, type ExportList } from './export-lists';

/** Rows fetched per query: the export streams, so a list of any length needs no more memory than this. */
const PAGE = 1000;

function fail(res: Parameters<RequestHandler>[1], status: number, code: string, message: string, field?: string) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] });
}

/**
 * `GET /export/<list>.csv?search=…&sector=BUSINESS`: a list as CSV (UTF-8 with a BOM, so
 * spreadsheet programs show æøå), streamed page by page. Coordinators only; every export is
 * written to the audit log.
 */
export function exportEndpoint(handle: DbHandle, clock: () => Date): RequestHandler {
  return async (req, res) => {
    const actor = await coordinatorOf(handle, req, clock(), 'export');
    if ('status' in actor) return fail(res, actor.status, actor.code, actor.message);
    const name = String(req.params.list ?? '');
    if (!isExportListName(name)) {
      return fail(res, 404, 'NOT_FOUND', `No list "${name}"; choose from ${Object.keys(EXPORT_LISTS).join(', ')}.`, 'list');
    }
    const list: ExportList = EXPORT_LISTS[name];
    const sectors = listParam(req.query, 'sector');
    const wrong = sectors.find((sector) => !isSector(sector));
    if (wrong !== undefined) return fail(res, 400, 'BAD_USER_INPUT', `"${wrong}" is not a sector (BUSINESS, PUBLIC, CIVIL).`, 'sector');
    const search = typeof req.query.search === 'string' && req.query.search.trim() ? req.query.search : null;
    const badSearch = search === null ? null : searchError(search);
    if (badSearch) return fail(res, 400, 'BAD_USER_INPUT', badSearch.message, 'search');

    const now = clock();
    // Written before the first row leaves: an export that breaks off was still a read.
    await handle.transaction((tx) =>
      auditImport(tx, actor, now, list.entityType, { list: name, search, sectors }, 'export'),
    );
    res.status(200).type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="brobygger-${name}-${now.toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    const headers = Object.keys(list.columns);
    res.write(UTF8_BOM + csvLine(headers));
    let after: string | null = null;
    for (;;) {
      const page = (await handle.db
        .select({ ...list.columns, __id: list.id })
        .from(list.table)
        .where(pageWhere(list, after, search, sectors as Sector[]))
        .orderBy(asc(list.id))
        .limit(PAGE)) as Record<string, unknown>[];
      for (const row of page) res.write(csvLine(headers.map((header) => row[header])));
      // Names and contact of participants in the file are reads of who they are: one event each.
      const participants = page.filter((row) => row.isParticipant === true).map((row) => String(row.__id));
      await auditProfileReads(handle, { now: () => now, viewer: actor }, participants);
      if (page.length < PAGE) break;
      after = String(page[page.length - 1]!.__id);
    }
    res.end();
  };
}
