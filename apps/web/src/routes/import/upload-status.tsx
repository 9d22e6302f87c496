import { Alert, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wordError } from '../../lib/graphql-error';
import { ReportView } from './report-view';
import type { useUpload } from './use-upload';

/** The progress bar while an upload runs, then the report or the error. */
export function UploadStatus({ upload }: { upload: ReturnType<typeof useUpload> }) {
  const { t, i18n } = useTranslation();
  const { progress, report, error } = upload;
  return (
    <Stack>
      {progress && (
        <Stack gap={4}>
          <Text size="sm">
            {progress.phase === 'upload' ? t('importPage.uploading') : t('importPage.importing', { rows: progress.rows.toLocaleString(i18n.language) })}
          </Text>
          <Progress value={progress.percent} animated aria-label={t('importPage.uploading')} />
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert">
          {wordError(error)}
        </Alert>
      )}
      {report && <ReportView report={report} />}
    </Stack>
  );
}
