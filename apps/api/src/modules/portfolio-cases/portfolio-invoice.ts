import { portfolioFeeTotal, type CalendarDate, type PortfolioFeeKind } from '@srpo/domain';
import { a4Document } from '../../shared/pdf';
import type { AssessorOrganisation } from '../assessor-organisations/assessor-organisation.entity';
import { formatDutchDate } from '../letters/letter-text';
import type { PortfolioFeeLineRow } from './portfolio-case.entity';
import { formatEuro } from './portfolio-letters';

/** What a fee line is for, as the invoice names it. */
export const FEE_DESCRIPTIONS: Readonly<Record<PortfolioFeeKind, string>> = {
  ONE_OFF: 'Eenmalige kosten portfoliovalidatie',
  PER_THEME: 'Beoordeling portfolio per thema',
  RESUBMISSION: 'Herbeoordeling na opnieuw indienen',
  INTERVIEW: 'Validatiegesprek',
};

export interface InvoiceFacts {
  caseId: string;
  organisation: Pick<AssessorOrganisation, 'name' | 'kvkNumber' | 'contactEmail' | 'phone'>;
  leaderName: string;
  registerNumber: string;
  themeNames: readonly string[];
  lines: readonly PortfolioFeeLineRow[];
  datedOn: CalendarDate;
}

/**
 * The invoice of a portfolio case as an A4 PDF (pdfkit, as the letters): the organisation as sender,
 * the leader as addressee, the fee lines in euro and the total, what is outstanding, and payment by
 * bank transfer quoting the case. Dutch throughout.
 */
export function renderInvoicePdf(facts: InvoiceFacts): Promise<Buffer> {
  const title = `Factuur portfoliovalidatie ${facts.caseId.slice(0, 8).toUpperCase()}`;
  const { doc, done } = a4Document({ Title: title, Author: facts.organisation.name, Subject: title });
  doc.font('Helvetica-Bold').fontSize(18).fillColor('#154273').text(facts.organisation.name);
  doc.font('Helvetica').fontSize(9).fillColor('#555555');
  doc.text(`KvK ${facts.organisation.kvkNumber} · ${facts.organisation.contactEmail}${facts.organisation.phone ? ` · ${facts.organisation.phone}` : ''}`);
  doc.text('Assessororganisatie, gecertificeerd door het Schoolleidersregister PO');
  doc.moveDown(2.5);

  doc.fillColor('#000000').fontSize(11);
  doc.text(facts.leaderName);
  doc.text(`Registernummer ${facts.registerNumber}`);
  doc.moveDown(1.5);
  doc.font('Helvetica-Bold').fontSize(14).text('Factuur');
  doc.font('Helvetica').fontSize(11);
  doc.text(`Datum: ${formatDutchDate(facts.datedOn)}`);
  doc.text(`Kenmerk: ${facts.caseId}`);
  doc.text(`Betreft: portfoliovalidatie van ${facts.themeNames.join(' en ')}`);
  doc.moveDown(1.5);

  const left = doc.page.margins.left;
  const right = doc.page.width - doc.page.margins.right;
  for (const line of facts.lines) {
    const y = doc.y;
    const label = `${FEE_DESCRIPTIONS[line.kind]}${line.quantity > 1 ? ` (${line.quantity} × ${formatEuro(line.unitCents)})` : ''}, ${formatDutchDate(line.chargedOn)}${line.paidOn ? ` — betaald op ${formatDutchDate(line.paidOn)}` : ''}`;
    doc.text(label, left, y, { width: right - left - 110 });
    const after = doc.y;
    doc.text(formatEuro(line.amountCents), right - 100, y, { width: 100, align: 'right' });
    doc.y = Math.max(after, doc.y);
    doc.moveDown(0.4);
  }
  doc.moveTo(left, doc.y).lineTo(right, doc.y).stroke();
  doc.moveDown(0.5);
  const total = portfolioFeeTotal(facts.lines);
  const outstanding = portfolioFeeTotal(facts.lines.filter((line) => line.paidOn === null));
  for (const [label, cents, bold] of [
    ['Totaal', total, true],
    ['Nog te betalen', outstanding, false],
  ] as const) {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').text(label, left, y);
    doc.text(formatEuro(cents), right - 100, y, { width: 100, align: 'right' });
  }
  doc.font('Helvetica').moveDown(2);
  doc.x = left;
  doc.text(
    outstanding > 0
      ? `Wij verzoeken u ${formatEuro(outstanding)} over te maken aan ${facts.organisation.name}, onder vermelding van kenmerk ${facts.caseId}.`
      : 'Alle kosten zijn betaald. Dank u wel.',
    { width: right - left },
  );
  doc.end();
  return done;
}
