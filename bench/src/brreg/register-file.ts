import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const HEADER = [
  'organisasjonsnummer', 'navn', 'organisasjonsform.kode', 'organisasjonsform.beskrivelse', 'naeringskode1.kode',
  'naeringskode1.beskrivelse', 'antallAnsatte', 'hjemmeside', 'forretningsadresse.adresse', 'forretningsadresse.poststed',
  'forretningsadresse.postnummer', 'forretningsadresse.kommune', 'forretningsadresse.kommunenummer',
  'institusjonellSektorkode.kode', 'institusjonellSektorkode.beskrivelse', 'registreringsdatoEnhetsregisteret',
  'konkurs', 'underAvvikling',
];

const FORMS = [
  ['AS', 'Aksjeselskap', '2100', 'Private aksjeselskaper mv.'],
  ['ENK', 'Enkeltpersonforetak', '8200', 'Personlig næringsdrivende'],
  ['FLI', 'Forening/lag/innretning', '7000', 'Ideelle organisasjoner'],
  ['ORGL', 'Organisasjonsledd', '6500', 'Kommuneforvaltningen'],
  ['AS', 'Aksjeselskap', '1120', 'Kommunalt eide aksjeselskaper mv.'],
] as const;
const NACE = [
  ['43.221', 'Rørleggerarbeid'],
  ['56.101', 'Drift av restauranter og kafeer'],
  ['85.201', 'Ordinær grunnskoleundervisning'],
  ['62.010', 'Programmeringstjenester'],
  ['87.101', 'Drift av sykehjem'],
] as const;
const PLACES = [
  ['4003', 'SKIEN', '3717'],
  ['4001', 'PORSGRUNN', '3901'],
  ['4012', 'BAMBLE', '3960'],
  ['0301', 'OSLO', '0150'],
  ['4601', 'BERGEN', '5003'],
] as const;

/** The nth valid organisation number (MOD11), counting from 800 000 000. */
function orgNumber(n: number): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let candidate = 80_000_000 + n * 11; ; candidate++) {
    const digits = String(candidate);
    const sum = weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check !== 10) return digits + String(check);
  }
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * Writes a register CSV of `rows` organisations in the bulk file's format (every value
 * quoted, Norwegian letters, commas inside values); one in 50 rows is broken on purpose.
 */
export async function writeRegisterCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${HEADER.map(quote).join(',')}\n`);
  for (let i = 0; i < rows; i++) {
    const [form, formName, sector, sectorName] = FORMS[i % FORMS.length]!;
    const [nace, naceName] = NACE[i % NACE.length]!;
    const [kommune, place, postal] = PLACES[i % PLACES.length]!;
    const number = orgNumber(i);
    const line = [
      i % 50 === 49 ? `${number.slice(0, 8)}${(Number(number[8]) + 1) % 10}` : number,
      `ØSTBY & SØNN, AVDELING ${i} ${form}`,
      form, formName, nace, naceName, String(i % 300), i % 3 ? '' : `www.firma${i}.no`,
      `Storgata ${i % 200}, 2. etasje`, place, postal, place, kommune, sector, sectorName, '2001-03-15',
      i % 97 === 0 ? 'true' : 'false', 'false',
    ];
    if (!out.write(`${line.map(quote).join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
