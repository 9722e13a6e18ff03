import type { CalendarDate, ObjectionDecisionKind } from '@srpo/domain';
import { formatDutchDate } from '../letters/letter-text';
import type { LetterInput, LetterRecipient } from '../letters/letter.service';
import type { ObjectedDecision } from './objected-decisions';
import type { Objection } from './objection.entity';

/** What the decision was about, as the letter names it. */
function subjectOf(decision: ObjectedDecision): string {
  const texts: Record<ObjectionDecisionKind, string> = {
    APPLICATION: 'uw aanvraag',
    DEFERRAL: 'uw verzoek om uitstel',
    CERTIFICATION: `de certificering van uw aanbod „${decision.offeringTitle ?? ''}”`,
    CERTIFICATE_VERIFICATION: `uw certificaat van „${decision.offeringTitle ?? ''}”`,
    PEER_VALIDATION: 'de validering van uw thema bij Schoolleiders waarderen schoolleiders',
    PORTFOLIO_OUTCOME: decision.outcome === 'INSUFFICIENT' ? 'de beoordeling van uw portfolio' : 'de uitkomst van uw portfoliovalidatie',
    DATA_REQUEST: 'uw verzoek over uw persoonsgegevens',
  };
  return texts[decision.kind];
}

/** What happens next after an upheld objection: the decision is taken again. */
const REOPENED_TEXT: Record<ObjectionDecisionKind, string> = {
  APPLICATION: 'Het besluit is ingetrokken. Uw aanvraag wordt opnieuw beoordeeld door de Commissie Registratie; u ontvangt een nieuw besluit.',
  DEFERRAL: 'Het besluit is ingetrokken. Uw verzoek om uitstel wordt opnieuw beoordeeld; u ontvangt een nieuw besluit.',
  CERTIFICATION: 'Het besluit is ingetrokken. Uw aanbod wordt opnieuw beoordeeld voor certificering; u ontvangt een nieuw besluit.',
  CERTIFICATE_VERIFICATION: 'Het besluit is ingetrokken. Uw certificaat wordt opnieuw beoordeeld; u ontvangt een nieuw besluit.',
  PEER_VALIDATION: 'Het besluit is ingetrokken. De procesbegeleider beslist opnieuw over de validering van uw thema; u ontvangt een nieuw besluit.',
  DATA_REQUEST: 'Het besluit is ingetrokken. Uw verzoek over uw persoonsgegevens wordt opnieuw beoordeeld; u ontvangt een nieuw besluit.',
  PORTFOLIO_OUTCOME:
    'Het besluit is ingetrokken voor de thema’s die niet zijn gevalideerd: uw assessoren beslissen daar opnieuw over; u ontvangt een nieuw besluit. Gevalideerde thema’s blijven gevalideerd.',
};

/** What happens next, per decision: a portfolio's insufficient assessment is assessed again, its outcome decided again. */
function reopenedText(decision: ObjectedDecision): string {
  if (decision.kind === 'PORTFOLIO_OUTCOME' && decision.outcome === 'INSUFFICIENT') {
    return 'Het besluit is ingetrokken. Uw portfolio wordt opnieuw beoordeeld door dezelfde twee assessoren; u ontvangt een nieuw besluit.';
  }
  return REOPENED_TEXT[decision.kind];
}

export function recipientOf(decision: ObjectedDecision): LetterRecipient {
  const { leaderId, providerId, boardId } = decision.party;
  if (leaderId) return { leaderId };
  return providerId ? { providerId } : { boardId: boardId! };
}

/** The letter that announces the committee's decision on an objection to the party that filed it. */
export function objectionDecisionLetter(objection: Objection, decision: ObjectedDecision, decidedOn: CalendarDate, objectedOn: CalendarDate): LetterInput {
  const upheld = objection.status === 'UPHELD';
  return {
    ...recipientOf(decision),
    kind: 'OBJECTION_DECISION',
    subject: upheld ? 'Uw bezwaar is gegrond verklaard' : 'Uw bezwaar is ongegrond verklaard',
    paragraphs: [
      `De commissie heeft op ${formatDutchDate(decidedOn)} beslist over uw bezwaar van ${formatDutchDate(objection.filedOn)} tegen het besluit van ${formatDutchDate(objectedOn)} over ${subjectOf(decision)}.`,
      upheld ? `Uw bezwaar is gegrond. ${reopenedText(decision)}` : 'Uw bezwaar is ongegrond. Het besluit blijft van kracht.',
      `Motivering: ${objection.outcomeReasons ?? ''}`,
    ],
    relatedEntity: 'objection',
    relatedId: objection.id,
  };
}
