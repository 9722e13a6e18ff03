import PDFDocument from 'pdfkit';

/**
 * A new A4 PDF in the register's layout (margins, Dutch language tag) and the promise of its bytes
 * once `doc.end()` is called: letters and invoices are drawn on it.
 */
export function a4Document(info: { Title: string; Author: string; Subject: string }): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: 'A4', margins: { top: 64, bottom: 64, left: 72, right: 72 }, info, lang: 'nl-NL' });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
