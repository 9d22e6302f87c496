import { asc } from 'drizzle-orm';
import type { RequestHandler } from 'express';
import type { DbHandle } from '@brobygger/db';
import { labelLanguage, type ErrorCode, type Sector } from '@brobygger/domain';
import { searchError } from '../../../lib/search';
import { coordinatorOf } from '../http/request-viewer';
import { listParam } from '../http/query-params';
import { auditImport } from '../import-audit';
import { auditProfileReads } from '../../../privacy/profile-reads';
import { UTF8_BOM, csvLine } from './csv-format';
import { EXPORT_LISTS, isExportListName, isSector, pageWhere, type ExportList } from './export-lists';
import { exportCells, exportHeadings } from './export-rows';

/** Rows fetched per query: the export streams, so a list of any length needs no more memory than this. */
const PAGE = 1000;

/** A refusal shaped like a GraphQL error, with a registered reason and its values (DESIGN.md, "Errors and words"). */
function fail(
  res: Parameters<RequestHandler>[1],
  status: number,
  code: ErrorCode,
  message: string,
  more: { field?: string; reason?: string; params?: Readonly<Record<string, string | number>> } = {},
) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...more } }] });
}

/**
 * `GET /export/<list>.csv?search=…&sector=BUSINESS&kind=COMPANY&archived=false&lang=nb`: a list as a
 * spreadsheet opens it (csv-format.ts: semicolons, BOM, CRLF), streamed page by page. A file is
 * read without the app, so it is worded where it is made: headings and codes in `lang` (nb, the
 * default, or en) from the catalogue the web uses too, names beside ids, an agreement's parties.
 * Coordinators only; every export is written to the audit log.
 */
export function exportEndpoint(handle: DbHandle, clock: () => Date): RequestHandler {
  return async (req, res) => {
    const actor = await coordinatorOf(handle, req, clock(), 'export');
    if ('status' in actor) return fail(res, actor.status, actor.code, actor.message, { reason: actor.reason, params: actor.params });
    const name = String(req.params.list ?? '');
    if (!isExportListName(name)) {
      return fail(res, 404, 'NOT_FOUND', `No list "${name}"; choose from ${Object.keys(EXPORT_LISTS).join(', ')}.`, { field: 'list', reason: 'EXPORT_LIST' });
    }
    const list: ExportList = EXPORT_LISTS[name];
    const sectors = listParam(req.query, 'sector');
    const wrong = sectors.find((sector) => !isSector(sector));
    if (wrong !== undefined) {
      return fail(res, 400, 'BAD_USER_INPUT', `"${wrong}" is not a sector (BUSINESS, PUBLIC, CIVIL).`, {
        field: 'sector',
        reason: 'NOT_ONE_OF',
        params: { values: 'BUSINESS, PUBLIC, CIVIL' },
      });
    }
    const search = typeof req.query.search === 'string' && req.query.search.trim() ? req.query.search : null;
    const badSearch = search === null ? null : searchError(search);
    if (badSearch) return fail(res, 400, 'BAD_USER_INPUT', badSearch.message, { field: 'search', reason: badSearch.reason, params: badSearch.params });
    // `archived=false`: what a list page shows by default; `true`: its "show archived"; absent: every row.
    const archived = req.query.archived === undefined ? null : req.query.archived === 'true' ? true : req.query.archived === 'false' ? false : undefined;
    if (archived === undefined) return fail(res, 400, 'BAD_USER_INPUT', 'archived must be true or false.', { field: 'archived', reason: 'NOT_BOOLEAN' });
    const choices: Record<string, string[]> = {};
    for (const [param, choice] of Object.entries(list.choices ?? {})) {
      choices[param] = listParam(req.query, param);
      const unknown = choices[param].find((value) => !choice.values.includes(value));
      if (unknown !== undefined) {
        return fail(res, 400, 'BAD_USER_INPUT', `"${unknown}" is not one of ${choice.values.join(', ')}.`, {
          field: param,
          reason: 'NOT_ONE_OF',
          params: { values: choice.values.join(', ') },
        });
      }
    }

    const now = clock();
    // Written before the first row leaves: an export that breaks off was still a read. An
    // audit event of a read changes no data, so it leaves the data version (and caches) alone.
    await handle.transaction(
      (tx) => auditImport(tx, actor, now, list.entityType, { list: name, search, sectors, archived, ...choices }, 'export'),
      { changesData: false },
    );
    res.status(200).type('text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="brobygger-${name}-${now.toISOString().slice(0, 10)}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    const language = labelLanguage(req.query.lang);
    res.write(UTF8_BOM + csvLine(exportHeadings(list, language)));
    let after: string | null = null;
    for (;;) {
      const page = (await handle.db
        .select({ ...list.columns, __id: list.id })
        .from(list.table)
        .where(pageWhere(list, after, { search, sectors: sectors as Sector[], archived, choices }))
        .orderBy(asc(list.id))
        .limit(PAGE)) as Record<string, unknown>[];
      const { cells, participants } = await exportCells(handle.db, list, language, page);
      for (const line of cells) res.write(csvLine(line));
      // Names and contact of participants in the file are reads of who they are: one event each.
      await auditProfileReads(handle, { now: () => now, viewer: actor }, participants);
      if (page.length < PAGE) break;
      after = String(page[page.length - 1]!.__id);
    }
    res.end();
  };
}
