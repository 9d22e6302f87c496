import { useState } from 'react';
import { Button, FileInput, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UploadStatus } from './upload-status';
import { useUpload } from './use-upload';

/** Upload of the business register's bulk file, filtered by municipality and organisation number. */
export function BrregPanel() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [kommune, setKommune] = useState('');
  const [orgnr, setOrgnr] = useState('');
  const upload = useUpload();
  const send = (dryRun: boolean) => {
    if (!file) return;
    const params = new URLSearchParams({ dryRun: String(dryRun) });
    for (const number of kommune.split(/[\s,]+/).filter(Boolean)) params.append('kommune', number);
    const numbers = orgnr.split(/[\s,]+/).filter(Boolean);
    if (numbers.length) params.set('orgnr', numbers.join(','));
    upload.start(`/import/brreg?${params.toString()}`, file);
  };
  return (
    <Stack maw={720}>
      <Text>{t('importPage.brregIntro')}</Text>
      <FileInput label={t('importPage.file')} value={file} onChange={setFile} accept=".csv,.json,.gz" clearable />
      <TextInput label={t('importPage.kommune')} description={t('importPage.kommuneHint')} value={kommune} onChange={(e) => setKommune(e.currentTarget.value)} />
      <Textarea label={t('importPage.orgnr')} description={t('importPage.orgnrHint')} value={orgnr} onChange={(e) => setOrgnr(e.currentTarget.value)} autosize minRows={2} />
      <Group>
        <Button variant="default" disabled={!file || upload.busy} onClick={() => send(true)}>
          {t('importPage.dryRun')}
        </Button>
        <Button disabled={!file || upload.busy} onClick={() => send(false)}>
          {t('importPage.run')}
        </Button>
      </Group>
      <UploadStatus upload={upload} />
    </Stack>
  );
}
