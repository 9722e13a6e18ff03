import type { LetterInput } from '../letters/letter.service';
import { formatDutchDate, objectionLine } from '../letters/letter-text';
import type { Completion } from './completion.entity';

/** The letter to the leader that announces the verification of a submitted certificate, with the objection line (§3.8). */
export function certificateVerificationLetter(completion: Completion, offeringTitle: string): LetterInput {
  const verified = completion.status === 'VERIFIED';
  return {
    leaderId: completion.leaderId,
    kind: verified ? 'CERTIFICATE_VERIFIED' : 'CERTIFICATE_REJECTED',
    subject: verified ? `Uw certificaat van „${offeringTitle}” is goedgekeurd` : `Uw certificaat van „${offeringTitle}” is afgewezen`,
    paragraphs: [
      `Op ${formatDutchDate(completion.handledOn!)} is uw certificaat van „${offeringTitle}” (afgerond op ${formatDutchDate(completion.completedOn)}) beoordeeld.`,
      verified
        ? 'Het certificaat is goedgekeurd en telt mee voor uw registratie.'
        : `Het certificaat is afgewezen en telt niet mee. Motivering: ${completion.handlingNote ?? ''}`,
      objectionLine(completion.handledOn!),
    ],
    relatedEntity: 'completion',
    relatedId: completion.id,
  };
}
