import type { ApiRefusal } from '../../lib/graphql-error';

/**
 * The shapes the API's /import endpoints stream back, one JSON object a line. A row left out
 * says why as `problem` (an IMPORT_ROW reason of the error registry, or with `field` the
 * BAD_USER_INPUT reason its validation gave) with `params`; `reason` is the English sentence
 * for the command line, never shown here.
 */
export interface ReportRow {
  line: number;
  key: string | null;
  reason: string;
  problem: string;
  field?: string;
  params?: Record<string, string | number>;
}

export interface ImportReport {
  dryRun: boolean;
  rowsRead: number;
  filteredOut: number;
  created: number;
  updated: number;
  unchanged: number;
  kept: number;
  skipped: number;
  rejected: number;
  changes: { line: number; key: string; name: string; action: 'create' | 'update' | 'kept'; fields: string[] }[];
  skippedRows: ReportRow[];
  rejectedRows: ReportRow[];
  listsTruncated: boolean;
}

export type ImportEvent =
  | { type: 'progress'; phase: 'upload' | 'import'; bytes: number; totalBytes: number | null; rows: number }
  | { type: 'report'; report: ImportReport }
  | { type: 'error'; code: string; message: string; field?: string; reason?: string; params?: Record<string, string | number> };

/** An upload the API refused or could not finish: the refusal to word, never its English message. */
export class UploadRefusal extends Error {
  constructor(readonly refusal: ApiRefusal) {
    super(typeof refusal.code === 'string' ? refusal.code : 'UPLOAD_FAILED');
    this.name = 'UploadRefusal';
  }
}

function refusalOf(value: unknown): ApiRefusal | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, reason, params } = value as Record<string, unknown>;
  return typeof code === 'string' ? { code, reason, params } : null;
}

export interface UploadProgress {
  phase: 'upload' | 'import';
  /** 0–100. */
  percent: number;
  rows: number;
}

/**
 * Sends a file to an import endpoint and follows its streamed answer. XMLHttpRequest rather
 * than fetch: it reports upload progress, and its responseText grows as lines arrive.
 */
export function uploadFile(
  url: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let seen = 0;
    let outcome: ImportEvent | null = null;
    const readLines = () => {
      const text = xhr.responseText;
      let end = text.indexOf('\n', seen);
      while (end !== -1) {
        const event = JSON.parse(text.slice(seen, end)) as ImportEvent;
        seen = end + 1;
        if (event.type === 'progress') {
          const percent = event.totalBytes ? Math.round((event.bytes / event.totalBytes) * 100) : 0;
          onProgress({ phase: event.phase, percent, rows: event.rows });
        } else {
          outcome = event;
        }
        end = text.indexOf('\n', seen);
      }
    };
    xhr.open('POST', url);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress({ phase: 'upload', percent: Math.round((event.loaded / event.total) * 100), rows: 0 });
    };
    xhr.onprogress = readLines;
    xhr.onerror = () => reject(new UploadRefusal({ code: 'NETWORK' }));
    xhr.onload = () => {
      if (xhr.status !== 200) {
        let refusal: ApiRefusal | null = null;
        try {
          const body = JSON.parse(xhr.responseText) as { errors?: { extensions?: unknown }[] };
          refusal = refusalOf(body.errors?.[0]?.extensions);
        } catch {
          // Not JSON (a proxy's error page): worded by its status below.
        }
        reject(new UploadRefusal(refusal ?? { code: xhr.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'IMPORT_FAILED' }));
        return;
      }
      readLines();
      const final = outcome;
      if (final?.type === 'report') resolve(final.report);
      else reject(new UploadRefusal((final?.type === 'error' ? refusalOf(final) : null) ?? { code: 'IMPORT_FAILED' }));
    };
    xhr.send(file);
  });
}
