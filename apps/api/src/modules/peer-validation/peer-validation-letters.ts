import { formatDateInWords, reflectionDeadline, timeInAmsterdam, todayInAmsterdam, type CalendarDate, type RuleSet } from '@srpo/domain';
import { formatDutchDate, objectionLine } from '../letters/letter-text';
import type { LetterInput } from '../letters/letter.service';
import type { StoredReason } from './peer-validation.entity';

/** A session as the letters describe it. */
export interface SessionFacts {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  facilitatorName: string;
}

/** A trio member as the letters name them. */
export interface MemberFacts {
  leaderId: string;
  name: string;
  themeName: string;
}

/** "op 12 maart 2027 van 09:30 tot 12:30 in Utrecht": the session's day, hours (Amsterdam) and place. */
function when(session: SessionFacts): string {
  return `op ${formatDutchDate(todayInAmsterdam(session.startsAt))} van ${timeInAmsterdam(session.startsAt)} tot ${timeInAmsterdam(session.endsAt)} uur in ${session.location}`;
}

/** "14 maart 2027 om 12:30 uur": an instant as a letter writes it. */
function instantInWords(at: Date): string {
  return `${formatDateInWords(todayInAmsterdam(at))} om ${timeInAmsterdam(at)} uur`;
}

/** Tells a placed leader their trio: date, place, facilitator, the two others and their themes (§3.6). */
export function groupLetter(session: SessionFacts, member: MemberFacts, others: readonly MemberFacts[], groupId: string, rules: RuleSet): LetterInput {
  return {
    leaderId: member.leaderId,
    kind: 'PEER_GROUP_FORMED',
    subject: 'Uw groep voor Schoolleiders waarderen schoolleiders',
    paragraphs: [
      `U bent ingedeeld voor de bijeenkomst Schoolleiders waarderen schoolleiders ${when(session)}. De procesbegeleider is ${session.facilitatorName}.`,
      `U brengt het thema „${member.themeName}” in. Uw groep bestaat verder uit ${others.map((other) => `${other.name} (thema „${other.themeName}”)`).join(' en ')}.`,
      `Na afloop schrijft u over elk van de andere twee deelnemers een eindreflectie, in uw omgeving van het Schoolleidersregister PO. Dat kan tot en met ${instantInWords(reflectionDeadline(session.endsAt, rules))} (${rules.peerReflectionHours} uur na afloop). Een eindreflectie die ontbreekt of te laat is, betekent dat uw thema niet wordt gevalideerd.`,
    ],
    relatedEntity: 'peer_group',
    relatedId: groupId,
  };
}

/** Tells a leader who could not be placed in a trio (the last n mod 3 sign-ups). */
export function notPlacedLetter(session: SessionFacts, leaderId: string, signUpId: string): LetterInput {
  return {
    leaderId,
    kind: 'PEER_NOT_PLACED',
    subject: 'U bent niet ingedeeld voor Schoolleiders waarderen schoolleiders',
    paragraphs: [
      `U had zich aangemeld voor de bijeenkomst Schoolleiders waarderen schoolleiders ${when(session)}.`,
      'Een groep bestaat uit drie schoolleiders. Er waren niet genoeg aanmeldingen om ook u in een groep te plaatsen; wie zich het laatst aanmeldde, is niet ingedeeld.',
      'U kunt zich aanmelden voor een andere bijeenkomst in uw omgeving van het Schoolleidersregister PO.',
    ],
    relatedEntity: 'peer_sign_up',
    relatedId: signUpId,
  };
}

/** The decision on a member's theme after the facilitator confirmed, with the objection line (§3.8). */
export function outcomeLetter(
  session: SessionFacts,
  member: MemberFacts & { memberId: string },
  reasons: readonly StoredReason[] | null,
  sessionDate: CalendarDate,
  decidedOn: CalendarDate,
): LetterInput {
  const credited = reasons === null;
  return {
    leaderId: member.leaderId,
    kind: credited ? 'PEER_VALIDATION_CREDITED' : 'PEER_VALIDATION_NOT_CREDITED',
    subject: credited ? `Uw thema „${member.themeName}” is gevalideerd` : `Uw thema „${member.themeName}” is niet gevalideerd`,
    paragraphs: [
      `De procesbegeleider heeft de bijeenkomst Schoolleiders waarderen schoolleiders van ${formatDutchDate(sessionDate)} bevestigd.`,
      credited
        ? `Het thema „${member.themeName}” is afgerond via informeel leren, op ${formatDutchDate(sessionDate)}. Het telt mee voor uw herregistratie.`
        : `Het thema „${member.themeName}” is niet gevalideerd. Reden: ${reasons.map((reason) => reason.message).join(' ')} U kunt zich aanmelden voor een nieuwe bijeenkomst.`,
      objectionLine(decidedOn),
    ],
    relatedEntity: 'peer_group_member',
    relatedId: member.memberId,
  };
}
