import type { LetterInput } from '../letters/letter.service';
import { formatDutchDate, objectionLine } from '../letters/letter-text';
import type { Certification, Offering } from './offering.entity';

/** The letter to the offering's owner that announces a certification decision, with the objection line (§3.8). */
export function certificationLetter(offering: Offering, certification: Certification): LetterInput {
  const recipient = offering.providerId ? { providerId: offering.providerId } : { boardId: offering.boardId! };
  const certified = certification.outcome === 'CERTIFIED';
  return {
    ...recipient,
    kind: certified ? 'CERTIFICATION_GRANTED' : 'CERTIFICATION_REJECTED',
    subject: certified ? `Uw aanbod „${offering.title}” is gecertificeerd` : `Uw aanbod „${offering.title}” is niet gecertificeerd`,
    paragraphs: [
      `Op ${formatDutchDate(certification.decidedOn)} is besloten over de certificering van uw aanbod „${offering.title}”.`,
      certified
        ? `Het aanbod is gecertificeerd van ${formatDutchDate(certification.validFrom!)} tot en met ${formatDutchDate(certification.validUntil!)}.`
        : `Het aanbod is niet gecertificeerd. Motivering: ${certification.grounds ?? ''}`,
      objectionLine(certification.decidedOn),
    ],
    relatedEntity: 'certification',
    relatedId: certification.id,
  };
}
