import type { CalendarDate, DataRequestSubject } from '@srpo/domain';
import { formatDutchDate, objectionLine } from '../letters/letter-text';
import type { LetterInput } from '../letters/letter.service';
import type { DataRequestRow } from './data-request.entity';
import type { LeaderDataField } from './data-request.types';

const SUBJECT_TEXT: Record<DataRequestSubject, string> = {
  NAME: 'uw naam',
  BIRTH_DATE: 'uw geboortedatum',
  EMAIL: 'uw e-mailadres',
  EMPLOYMENT: 'uw dienstverband',
  OTHER: 'uw gegevens',
};

const FIELD_TEXT: Record<LeaderDataField, string> = {
  INITIALS: 'voorletters',
  FIRST_NAME: 'voornaam',
  INFIX: 'tussenvoegsel',
  LAST_NAME: 'achternaam',
  BIRTH_DATE: 'geboortedatum',
  EMAIL: 'e-mailadres',
};

/** "voornaam, achternaam en e-mailadres". */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]!}`;
}

function requestInWords(request: DataRequestRow): string {
  return request.kind === 'ERASURE'
    ? `uw verzoek van ${formatDutchDate(request.receivedOn)} om uw persoonsgegevens te verwijderen`
    : `uw verzoek van ${formatDutchDate(request.receivedOn)} om ${SUBJECT_TEXT[request.subject ?? 'OTHER']} te corrigeren`;
}

/** The letter telling the leader the answer period is extended by two months, and why (AVG art. 12(3)). */
export function extensionLetter(request: DataRequestRow): LetterInput {
  return {
    leaderId: request.leaderId,
    kind: 'DATA_REQUEST_EXTENSION',
    subject: 'Wij hebben meer tijd nodig voor uw verzoek',
    paragraphs: [
      `Wij hebben ${requestInWords(request)} nog niet kunnen afhandelen.`,
      `Wij verlengen de termijn daarom met twee maanden: u krijgt uiterlijk ${formatDutchDate(request.deadline)} ons besluit. Reden: ${request.extensionGrounds ?? ''}`,
    ],
    relatedEntity: 'data_request',
    relatedId: request.id,
  };
}

/** The decision letter: what was done or why not, and (except for a completed erasure) until when the leader can object. */
export function decisionLetter(request: DataRequestRow, today: CalendarDate): LetterInput {
  const handled = `Wij hebben ${requestInWords(request)} behandeld.`;
  const base = { leaderId: request.leaderId, kind: 'DATA_REQUEST_DECISION', relatedEntity: 'data_request', relatedId: request.id };
  if (request.status === 'REFUSED') {
    return {
      ...base,
      subject: request.kind === 'ERASURE' ? 'Uw verzoek om verwijdering is afgewezen' : 'Uw verzoek om correctie is afgewezen',
      paragraphs: [handled, `Wij wijzen het verzoek af. Motivering: ${request.decisionGrounds ?? ''}`, objectionLine(today)],
    };
  }
  if (request.kind === 'ERASURE') {
    // Granted in full and the data gone: nothing is left to object to, and no one to object as. Sent as an e-mail only (see DataRequestService).
    return {
      ...base,
      subject: 'Uw persoonsgegevens zijn verwijderd',
      paragraphs: [
        handled,
        'Wij hebben uw verzoek toegewezen. Uw persoonsgegevens zijn uit het register verwijderd; wat overblijft, zoals de cijfers over het register, is niet meer tot u te herleiden.',
      ],
    };
  }
  const fields = request.changedFields as LeaderDataField[];
  return {
    ...base,
    subject: 'Uw gegevens zijn gecorrigeerd',
    paragraphs: [
      handled,
      ...(fields.length ? [`Wij hebben in het register uw ${listInWords(fields.map((field) => FIELD_TEXT[field]))} aangepast.`] : []),
      ...(request.decisionGrounds ? [`Toelichting: ${request.decisionGrounds}`] : []),
      objectionLine(today),
    ],
  };
}
