import { useState } from 'react';
import { Button, FileInput, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readCsvHeader } from './csv-header';
import { UploadStatus } from './upload-status';
import { useUpload } from './use-upload';

/** The fields each CSV import fills; the required ones first. Mirrors the API's column-mapping.ts. */
export const CSV_FIELDS = {
  people: { required: ['name', 'sector'], optional: ['email', 'phone', 'title', 'organization', 'since'] },
  connections: { required: ['personA', 'personB', 'kind'], optional: ['strength', 'since', 'until', 'note'] },
} as const;

/** Words a column header often uses for a field, to preselect the mapping. */
const GUESSES: Record<string, RegExp> = {
  name: /^(navn|name|fullt navn)$/i,
  sector: /^(sektor|sector)$/i,
  email: /^(e-?post|e-?mail)$/i,
  phone: /^(telefon|tlf|mobil|phone)$/i,
  title: /^(stilling|tittel|title)$/i,
  organization: /^(arbeidssted|organisasjon|org\.?nr|organization|employer)$/i,
  since: /^(siden|fra dato|since)$/i,
  personA: /^(fra|person a|person_a|from)$/i,
  personB: /^(til|person b|person_b|to)$/i,
  kind: /^(type|kind|relasjon)$/i,
  strength: /^(styrke|strength)$/i,
  until: /^(til dato|until)$/i,
  note: /^(notat|note|kommentar)$/i,
};

/** A people or connections CSV: read its header, map columns to fields, try, then import. */
export function CsvPanel({ kind }: { kind: keyof typeof CSV_FIELDS }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const upload = useUpload();
  const fields = [...CSV_FIELDS[kind].required, ...CSV_FIELDS[kind].optional];
  const required: readonly string[] = CSV_FIELDS[kind].required;

  const choose = (next: File | null) => {
    setFile(next);
    setHeaders([]);
    if (!next) return;
    void readCsvHeader(next).then((names) => {
      setHeaders(names);
      setMapping(Object.fromEntries(fields.map((field) => [field, names.find((name) => GUESSES[field]?.test(name)) ?? null])));
    });
  };
  const complete = required.every((field) => mapping[field]);
  const send = (dryRun: boolean) => {
    if (!file) return;
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, column]) => column));
    const params = new URLSearchParams({ dryRun: String(dryRun), mapping: JSON.stringify(chosen) });
    upload.start(`/import/${kind}?${params.toString()}`, file);
  };

  return (
    <Stack maw={720}>
      <FileInput label={t('importPage.file')} value={file} onChange={choose} accept=".csv,.txt" clearable />
      {headers.length > 0 && (
        <>
          <Text>{t('importPage.mappingIntro')}</Text>
          <SimpleGrid cols={2}>
            {fields.map((field) => (
              <Select
                key={field}
                label={t(`importPage.fields.${field}`)}
                withAsterisk={required.includes(field)}
                placeholder={t('importPage.noColumn')}
                data={headers}
                value={mapping[field] ?? null}
                onChange={(column) => setMapping((current) => ({ ...current, [field]: column }))}
                clearable
              />
            ))}
          </SimpleGrid>
        </>
      )}
      <Group>
        <Button variant="default" disabled={!file || !complete || upload.busy} onClick={() => send(true)}>
          {t('importPage.dryRun')}
        </Button>
        <Button disabled={!file || !complete || upload.busy} onClick={() => send(false)}>
          {t('importPage.run')}
        </Button>
      </Group>
      <UploadStatus upload={upload} />
    </Stack>
  );
}
