import { importProductsCsvInputSchema, MAX_PRODUCT_CSV_LENGTH } from '@storeloom/validators';

const CSV_TYPES = new Set(['text/csv', 'application/csv', 'application/vnd.ms-excel']);

/**
 * Reads a picked file as CSV text, or says why it cannot be imported: not a CSV file, larger
 * than the API takes, or empty (the last two in the shared schema's words). The API checks again.
 */
export async function readCsvFile(file: File): Promise<{ csv: string } | { error: string }> {
  const looksCsv = file.name.toLowerCase().endsWith('.csv') || CSV_TYPES.has(file.type);
  if (!looksCsv) return { error: `“${file.name}” is not a CSV file. Choose a .csv file.` };
  // The API counts characters; a file with more bytes than that is refused before it is read.
  if (file.size > MAX_PRODUCT_CSV_LENGTH) {
    return { error: 'The file is larger than 2 MB; split it into smaller files' };
  }
  const csv = await file.text();
  const parsed = importProductsCsvInputSchema.safeParse({ csv, mode: 'validate' });
  if (!parsed.success) {
    return { error: parsed.error.issues[0]?.message ?? 'The file cannot be imported' };
  }
  return { csv: parsed.data.csv };
}
