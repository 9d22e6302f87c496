import { createReadStream, type ReadStream } from 'node:fs';
import type { Request, RequestHandler, Response } from 'express';
import type { DbHandle } from '@brobygger/db';
import type { ErrorCode } from '@brobygger/domain';
import type { ImportActor } from '../import-audit';
import type { ImportReport } from '../report';
import { coordinatorOf, refuseSimpleRequest, type HttpRefusal } from './request-viewer';
import { ImportInputError } from '../import-error';
import { MAX_UPLOAD_BYTES, UploadTooLargeError, spoolUpload } from './spool-upload';
import { loggableError } from '../../../lib/loggable-error';

/** One line of the streamed answer (application/x-ndjson): progress, then the report or an error. */
export type ImportEvent =
  | { type: 'progress'; phase: 'upload' | 'import'; bytes: number; totalBytes: number | null; rows: number }
  | { type: 'report'; report: ImportReport }
  | { type: 'error'; code: ErrorCode; message: string; field?: string; reason?: string; params?: Readonly<Record<string, string | number>> };

export interface ImportRun<P> {
  /** The query string as this import's parameters, or a refusal naming the field. */
  parse(query: Request['query']): P | HttpRefusal;
  run(input: ReadStream, params: P, actor: ImportActor, now: Date, onRows: (rows: number) => void): Promise<ImportReport>;
}

const PROGRESS_INTERVAL_MS = 250;

function isRefusal(value: unknown): value is HttpRefusal {
  return typeof value === 'object' && value !== null && 'status' in value && 'code' in value;
}

function refuse(res: Response, refusal: HttpRefusal): void {
  const { code, message, field, reason, params } = refusal;
  res.status(refusal.status).json({
    errors: [{ message, extensions: { code, ...(field ? { field } : {}), ...(reason ? { reason } : {}), ...(params ? { params } : {}) } }],
  });
}

/** What went wrong, as far as the coordinator can act on it; anything unexpected stays generic (and logged). */
function errorEvent(error: unknown): ImportEvent {
  if (error instanceof ImportInputError) {
    return { type: 'error', code: 'BAD_USER_INPUT', message: error.message, ...(error.field ? { field: error.field } : {}), ...error.problem };
  }
  if (error instanceof UploadTooLargeError) {
    return { type: 'error', code: 'PAYLOAD_TOO_LARGE', message: error.message, params: { maxBytes: MAX_UPLOAD_BYTES } };
  }
  console.error(JSON.stringify({ level: 'error', msg: 'import failed', ...loggableError(error) }));
  return { type: 'error', code: 'IMPORT_FAILED', message: 'The file could not be imported; nothing was written.' };
}

/**
 * An upload endpoint: checks the session and role, spools the body to a temporary file, runs
 * the import, and streams progress lines and finally the report. The status is 200 once
 * streaming starts; a failed import ends with an `error` line and has written nothing.
 */
export function importEndpoint<P>(handle: DbHandle, clock: () => Date, importRun: ImportRun<P>): RequestHandler {
  return async (req, res) => {
    const refusedType = refuseSimpleRequest(req);
    if (refusedType) return refuse(res, refusedType);
    const actor = await coordinatorOf(handle, req, clock());
    if (isRefusal(actor)) return refuse(res, actor);
    const params = importRun.parse(req.query);
    if (isRefusal(params)) return refuse(res, params);

    res.status(200).type('application/x-ndjson');
    res.setHeader('Cache-Control', 'no-store');
    const send = (event: ImportEvent) => res.write(`${JSON.stringify(event)}\n`);
    const declared = Number(req.headers['content-length']);
    const totalBytes = Number.isFinite(declared) && declared > 0 ? declared : null;
    let last = 0;
    const throttled = (event: ImportEvent) => {
      const now = Date.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      send(event);
    };

    let spooled: Awaited<ReturnType<typeof spoolUpload>> | undefined;
    try {
      spooled = await spoolUpload(req, (bytes) =>
        throttled({ type: 'progress', phase: 'upload', bytes, totalBytes, rows: 0 }),
      );
      const size = spooled.bytes;
      const input = createReadStream(spooled.path, { highWaterMark: 1 << 20 });
      const report = await importRun.run(input, params, { userId: actor.userId, role: actor.role }, clock(), (rows) =>
        throttled({ type: 'progress', phase: 'import', bytes: input.bytesRead, totalBytes: size, rows }),
      );
      send({ type: 'progress', phase: 'import', bytes: size, totalBytes: size, rows: report.rowsRead });
      send({ type: 'report', report });
    } catch (error) {
      send(errorEvent(error));
    } finally {
      await spooled?.remove();
      res.end();
    }
  };
}
