import { useState } from 'react';
import { uploadFile, type ImportReport, type UploadProgress } from './upload-file';

/** One upload at a time: its progress, its report, or its error. */
export function useUpload() {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const start = (url: string, file: File) => {
    setReport(null);
    setError(null);
    setProgress({ phase: 'upload', percent: 0, rows: 0 });
    uploadFile(url, file, setProgress)
      .then(setReport)
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)))
      .finally(() => setProgress(null));
  };
  return { progress, report, error, start, busy: progress !== null };
}
