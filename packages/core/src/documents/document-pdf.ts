import type { DocumentFile } from '@storeloom/validators';

/** A rendered document, ready to send as a download or attach to an email. */
export interface DocumentPdf {
  filename: string;
  contentType: 'application/pdf';
  bytes: Buffer;
}

export function pdfFile(filename: string, bytes: Buffer): DocumentPdf {
  return { filename, contentType: 'application/pdf', bytes };
}

/** The download a procedure returns: the bytes base64-encoded, so they travel as JSON. */
export function pdfDownload(pdf: DocumentPdf): DocumentFile {
  return {
    filename: pdf.filename,
    contentType: pdf.contentType,
    base64: pdf.bytes.toString('base64'),
  };
}
