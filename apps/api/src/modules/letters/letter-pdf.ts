import { a4Document } from '../../shared/pdf';
import { CLOSING, formatDutchDate, LETTERHEAD, salutation } from './letter-text';
import { letterParagraphs, type Letter } from './letter.entity';

/**
 * Renders a letter as an A4 PDF from its stored text: letterhead, date in Dutch, addressee,
 * subject, paragraphs and closing. Pure apart from pdfkit; the same letter always renders the same text.
 */
export function renderLetterPdf(letter: Pick<Letter, 'id' | 'subject' | 'body' | 'datedOn'>, addressee: string): Promise<Buffer> {
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
  doc.end();
  return done;
}
