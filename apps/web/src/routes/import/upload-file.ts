/** The shapes the API's /import endpoints stream back, one JSON object a line. */
export interface ReportRow {
  line: number;
  key: string | null;
  reason: string;
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
  | { type: 'error'; code: string; message: string; field?: string };

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
    xhr.onerror = () => reject(new Error('The upload failed: check the connection.'));
    xhr.onload = () => {
      if (xhr.status !== 200) {
        try {
          const body = JSON.parse(xhr.responseText) as { errors?: { message: string }[] };
          reject(new Error(body.errors?.[0]?.message ?? `HTTP ${xhr.status}`));
        } catch {
          reject(new Error(`HTTP ${xhr.status}`));
        }
        return;
      }
      readLines();
      const final = outcome;
      if (final?.type === 'report') resolve(final.report);
      else reject(new Error(final?.type === 'error' ? final.message : 'The import ended without a report.'));
    };
    xhr.send(file);
  });
}
