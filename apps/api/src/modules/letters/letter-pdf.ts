import QRCode from 'qrcode';
import { a4Document } from '../../shared/pdf';
import { CLOSING, formatDutchDate, LETTERHEAD, salutation } from './letter-text';
import { letterParagraphs, type Letter } from './letter.entity';

/** Side of the QR code on the page, in points (about 3 cm): large enough for any phone camera. */
const QR_SIZE = 85;

/** A QR code of `url` drawn as vector squares (sharp in print), with a one-line caption under it. */
function drawQrCode(doc: PDFKit.PDFDocument, url: string, caption: string): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cell = QR_SIZE / modules.size;
  const left = doc.page.margins.left;
  if (doc.y + QR_SIZE + 40 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const top = doc.y + 8;
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col)) doc.rect(left + col * cell, top + row * cell, cell, cell);
  }
  doc.fill().restore();
  doc.font('Helvetica').fontSize(9).fillColor('#555555').text(caption, left, top + QR_SIZE + 6);
}

/**
 * Renders a letter as an A4 PDF from its stored text: letterhead, date in Dutch, addressee,
 * subject, paragraphs and closing; with `qr`, a QR code under the closing (a registration decision:
 * the credential's verification page). Pure apart from pdfkit; the same input always renders the same text.
 */
export function renderLetterPdf(
  letter: Pick<Letter, 'id' | 'subject' | 'body' | 'datedOn'>,
  addressee: string,
  qr: { url: string; caption: string } | null = null,
): Promise<Buffer> {
  const { doc, done } = a4Document({ Title: letter.subject, Author: LETTERHEAD, Subject: letter.subject });
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#154273').text(LETTERHEAD);
  doc.font('Helvetica').fontSize(9).fillColor('#555555').text('Register voor schoolleiders in het primair onderwijs');
  doc.moveDown(2.5);

  doc.fillColor('#000000').fontSize(11);
  doc.text(addressee);
  doc.moveDown(1.5);
  doc.text(`Datum: ${formatDutchDate(letter.datedOn)}`);
  doc.text(`Kenmerk: ${letter.id}`);
  doc.font('Helvetica-Bold').text(`Betreft: ${letter.subject}`);
  doc.font('Helvetica').moveDown(1.5);

  doc.text(salutation(addressee));
  doc.moveDown();
  for (const paragraph of letterParagraphs(letter)) {
    doc.text(paragraph, { align: 'left' });
    doc.moveDown();
  }
  doc.moveDown();
  for (const line of CLOSING) doc.text(line);
  if (qr) {
    doc.moveDown(2);
    drawQrCode(doc, qr.url, qr.caption);
  }
  doc.end();
  return done;
}
