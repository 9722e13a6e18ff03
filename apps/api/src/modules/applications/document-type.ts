import { fileTypeFromBuffer } from 'file-type';
import { ruleError } from '../../http/errors';

/** What the upload routes take (evidence, certificates, offering documents), by their Dutch names. */
export const ALLOWED_DOCUMENT_TYPES = {
  'application/pdf': 'PDF-bestand',
  'image/png': 'PNG-afbeelding',
  'image/jpeg': 'JPEG-afbeelding',
} as const;

export type DocumentType = keyof typeof ALLOWED_DOCUMENT_TYPES;

function isAllowed(contentType: string): contentType is DocumentType {
  return Object.prototype.hasOwnProperty.call(ALLOWED_DOCUMENT_TYPES, contentType);
}

/**
 * The declared type (`Content-Type` of the upload) must be allowed, and the bytes must be what it says
 * (magic bytes, `file-type`): an HTML page sent as `image/png` is refused, so nothing a browser could
 * run is ever stored or served under an image's or a PDF's name.
 */
export async function checkDocumentType(declared: string, content: Buffer): Promise<DocumentType> {
  if (!isAllowed(declared)) {
    throw ruleError('FILE_TYPE_NOT_ALLOWED', 'Alleen PDF-, PNG- en JPEG-bestanden kunnen worden toegevoegd.', { field: 'Content-Type' });
  }
  const detected = await fileTypeFromBuffer(content);
  if (detected?.mime !== declared) {
    throw ruleError(
      'FILE_CONTENT_MISMATCH',
      `De inhoud van het bestand is geen ${ALLOWED_DOCUMENT_TYPES[declared]}. Kies het juiste bestand: alleen PDF-, PNG- en JPEG-bestanden kunnen worden toegevoegd.`,
      { field: 'file' },
    );
  }
  return declared;
}
