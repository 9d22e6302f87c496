/**
 * The column names of a CSV file, read from its first line in the browser so the coordinator
 * can map them before anything is uploaded. Handles a BOM, quoted names and ; or , as the
 * delimiter (the same choice the API makes).
 */
export async function readCsvHeader(file: File): Promise<string[]> {
  const head = await file.slice(0, 64 * 1024).text();
  const line = head.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = line.split(';').length > line.split(',').length ? ';' : ',';
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      names.push(current.trim());
      current = '';
    } else current += char;
  }
  names.push(current.trim());
  return names.filter(Boolean);
}
