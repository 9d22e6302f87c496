import { useState } from 'react';
import type { ApiRefusal } from '../../lib/graphql-error';
import { UploadRefusal, uploadFile, type ImportReport, type UploadProgress } from './upload-file';

/** One upload at a time: its progress, its report, or why it was refused (worded where it is shown). */
export function useUpload() {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<ApiRefusal | null>(null);
  const start = (url: string, file: File) => {
    setReport(null);
    setError(null);
    setProgress({ phase: 'upload', percent: 0, rows: 0 });
    uploadFile(url, file, setProgress)
      .then(setReport)
      .catch((reason: unknown) => setError(reason instanceof UploadRefusal ? reason.refusal : { code: 'IMPORT_FAILED' }))
      .finally(() => setProgress(null));
  };
  return { progress, report, error, start, busy: progress !== null };
}
