import type { Response } from 'express';

export interface DownloadableFile {
  content: Buffer;
  /** The content type stored with the file (checked against its bytes on upload). */
  contentType: string;
  fileName: string;
}

/**
 * Sends a stored file as a download: always `attachment` (never rendered in the API's origin), the
 * stored type with `nosniff` (the browser may not guess another), and not kept in any cache (files
 * are personal).
 */
export function sendDownload(res: Response, file: DownloadableFile): void {
  res
    .status(200)
    .set('Content-Type', file.contentType)
    .set('Content-Disposition', attachmentDisposition(file.fileName))
    .set('X-Content-Type-Options', 'nosniff')
    .set('Cache-Control', 'private, no-store')
    .send(file.content);
}

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 / RFC 8187): an ASCII fallback with quotes,
 * backslashes and control or non-ASCII characters replaced, and the exact name percent-encoded.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  // encodeURIComponent leaves ' ( ) * ! as they are; RFC 8187 allows only ! of them unencoded.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
