/**
 * Every "no" of the domain as a value: a machine-readable code plus a Dutch message (DESIGN §1, §5:
 * errors carry a code and a Dutch human message). The catalogue also holds an English message so the
 * apps can show either language. Messages may contain `{placeholders}` filled from `params`.
 */

import { formatDateInWords, isValidCalendarDate } from './calendar-date';

interface MessageTemplates {
  readonly nl: string;
  readonly en: string;
}

/** Code → Dutch and English message templates. The codes are a public contract: add, never rename. */
export const REASON_MESSAGES = {
  // §3.1 titles and levels
  NO_QUALIFICATION: {
    nl: 'Er is geen geldige basiskwalificatie aangetoond.',
    en: 'No valid basic qualification has been shown.',
  },
  DEPUTY_NEEDS_BASISBEKWAAM: {
    nl: 'Een adjunct-directeur moet minimaal basisbekwaam zijn voor de titel RADO.',
    en: 'A deputy director must be at least basisbekwaam for the RADO title.',
  },
  DIRECTOR_NEEDS_VAKBEKWAAM: {
    nl: 'Een directeur moet minimaal vakbekwaam zijn voor de titel RDO.',
    en: 'A director must be at least vakbekwaam for the RDO title.',
  },
  RDO_NEEDS_VAKBEKWAAM: {
    nl: 'De titel RDO vraagt minimaal het niveau vakbekwaam.',
    en: 'The RDO title requires at least the vakbekwaam level.',
  },
  DIRECTOR_CANNOT_HOLD_RADO: {
    nl: 'Een directeur registreert als RDO, niet als RADO.',
    en: 'A director registers as RDO, not as RADO.',
  },
  ASPIRANT_PROGRAMME_NOT_CERTIFIED: {
    nl: 'De opleiding waarvoor u staat ingeschreven was op de inschrijfdatum niet gecertificeerd.',
    en: 'The programme you are enrolled in was not certified on the enrolment date.',
  },
  ASPIRANT_PROGRAMME_LEVEL_TOO_LOW: {
    nl: 'De opleiding leidt niet op tot het niveau {requiredLevel} dat uw functie vraagt.',
    en: 'The programme does not lead to the {requiredLevel} level your function requires.',
  },
  ASPIRANT_PROGRAMME_ENDED: {
    nl: 'De verwachte einddatum van de opleiding ({expectedEndDate}) is verstreken.',
    en: 'The programme’s expected end date ({expectedEndDate}) has passed.',
  },
  ASPIRANT_NOT_YET_ENROLLED: {
    nl: 'De inschrijving voor de opleiding begint pas op {enrolledOn}.',
    en: 'The programme enrolment only starts on {enrolledOn}.',
  },

  // §3.2 qualification routes
  /** One rule for every dated piece of evidence: diplomas, certificates and completions alike. */
  DATE_IN_FUTURE: {
    nl: 'De datum ({date}) ligt in de toekomst.',
    en: 'The date ({date}) is in the future.',
  },
  DIPLOMA_OUTSIDE_CERTIFICATION: {
    nl: 'De diplomadatum {date} valt buiten de certificeringsperiode van de opleiding ({validFrom} t/m {validUntil}).',
    en: 'The diploma date {date} is outside the programme’s certification period ({validFrom} to {validUntil}).',
  },
  PROVIDER_NOT_CERTIFIED_ON_DATE: {
    nl: 'De aanbieder was op {date} niet door het register gecertificeerd.',
    en: 'The provider was not certified by the register on {date}.',
  },
  LEVEL_NOT_AVAILABLE_FOR_ROUTE: {
    nl: 'Het niveau {level} kan niet via deze kwalificatieroute worden behaald.',
    en: 'The {level} level cannot be obtained through this qualification route.',
  },
  EVALUATION_WITHOUT_DIPLOMAS: {
    nl: 'Voor een diplomawaardering is minimaal één diploma nodig.',
    en: 'A diploma evaluation needs at least one diploma.',
  },
  EVALUATION_LEVEL_MISSING: {
    nl: 'De Commissie Registratie heeft nog geen niveau vastgesteld.',
    en: 'The registration committee has not set a level yet.',
  },
  MASTER_NOT_NVAO_ACCREDITED: {
    nl: 'De masteropleiding is niet door de NVAO geaccrediteerd.',
    en: 'The master’s programme is not accredited by the NVAO.',
  },
  MASTER_NOT_ALIGNED_WITH_STANDARD: {
    nl: 'De masteropleiding sluit niet aan bij de beroepsstandaard.',
    en: 'The master’s programme is not aligned with the professional standard.',
  },

  // §3.3 / §3.5 registration life cycle and re-registration
  REGISTRATION_NOT_YET_STARTED: {
    nl: 'De registratie begint pas op {registeredOn}.',
    en: 'The registration only starts on {registeredOn}.',
  },
  REGISTRATION_DEREGISTERED: {
    nl: 'De registratie is doorgehaald op {deregisteredOn}.',
    en: 'The registration was removed on {deregisteredOn}.',
  },
  ASPIRANT_CANNOT_RE_REGISTER: {
    nl: 'Een aspirant-registratie wordt niet geherregistreerd; vraag een volledige registratie aan.',
    en: 'An aspirant registration is not re-registered; apply for a full registration.',
  },
  THEMES_INSUFFICIENT: {
    nl: 'Afgerond in deze periode: {completed} van de {required} thema’s; nog nodig: {missing}.',
    en: 'Completed in this period: {completed} of the {required} themes; still needed: {missing}.',
  },
  MASTER_NOT_AFTER_REGISTRATION: {
    nl: 'Het masterdiploma ({date}) moet gedateerd zijn na de laatste (her)registratiedatum ({periodStartsOn}).',
    en: 'The master’s diploma ({date}) must be dated after the last (re)registration date ({periodStartsOn}).',
  },
  PROGRAMME_ROUTE_ONLY_FOR_RADO_BASISBEKWAAM: {
    nl: 'Herregistratie met een opleiding vakbekwaam is alleen mogelijk voor een RADO op niveau basisbekwaam.',
    en: 'Re-registration through a vakbekwaam programme is only possible for a RADO at basisbekwaam level.',
  },
  PROGRAMME_NOT_VAKBEKWAAM: {
    nl: 'De opleiding is geen gecertificeerde opleiding vakbekwaam.',
    en: 'The programme is not a certified vakbekwaam programme.',
  },
  PROGRAMME_NOT_AFTER_REGISTRATION: {
    nl: 'Het diploma van de opleiding ({date}) moet gedateerd zijn na de laatste (her)registratiedatum ({periodStartsOn}).',
    en: 'The programme diploma ({date}) must be dated after the last (re)registration date ({periodStartsOn}).',
  },

  // §3.4 themes and completions
  // §3.4 certified offerings
  OFFERING_CONTENT_CERTIFIED: {
    nl: 'Dit aanbod is gecertificeerd: wat het register heeft beoordeeld (titel, soort, beschrijving, studiebelasting, leerdoelen, programma en thema’s) ligt vast. Alleen de prijs kunt u wijzigen; voor andere inhoud dient u een nieuw aanbod in voor certificering.',
    en: 'This offering is certified: what the register assessed (title, kind, description, study load, learning goals, programme and themes) is fixed. Only the price can be changed; for other content, submit a new offering for certification.',
  },
  // §3.4 the theme catalogue as data, edited by staff
  CATALOGUE_CODE_INVALID: {
    nl: 'De code {code} is ongeldig: een thema heeft een code van 1 tot 10 letters of cijfers, een deelthema de code van zijn thema, een punt en 1 tot 10 letters of cijfers (zoals {example}).',
    en: 'The code {code} is invalid: a theme has a code of 1 to 10 letters or digits, a subtheme its theme’s code, a dot and 1 to 10 letters or digits (such as {example}).',
  },
  CATALOGUE_CODE_TAKEN: {
    nl: 'De code {code} is al in gebruik; codes blijven voor altijd bij hun thema of deelthema.',
    en: 'The code {code} is already in use; codes stay with their theme or subtheme for good.',
  },
  CATALOGUE_END_BEFORE_START: {
    nl: 'De einddatum ({validUntil}) ligt vóór de begindatum ({validFrom}).',
    en: 'The end date ({validUntil}) is before the start date ({validFrom}).',
  },
  CATALOGUE_PAST_IS_FIXED: {
    nl: 'De datum {date} ligt vóór vandaag ({today}); wat de catalogus tot vandaag was, ligt vast. Kies vandaag of een latere datum.',
    en: 'The date {date} is before today ({today}); what the catalogue was until today is fixed. Choose today or a later date.',
  },
  SUBTHEME_OUTSIDE_THEME: {
    nl: 'Deelthema {code} valt buiten de geldigheid van zijn thema: een deelthema begint niet vóór en eindigt niet na zijn thema.',
    en: 'Subtheme {code} falls outside its theme’s validity: a subtheme starts no earlier and ends no later than its theme.',
  },
  CATALOGUE_ITEM_CERTIFIED: {
    nl: 'Er is aanbod voor {code} gecertificeerd tot en met {certifiedUntil}; de einddatum kan niet eerder liggen.',
    en: 'Offerings are certified for {code} up to and including {certifiedUntil}; the end date cannot be earlier.',
  },
  OUTSIDE_CERTIFICATION_PERIOD: {
    nl: 'De afronding op {date} valt buiten de certificeringsperiode van het aanbod ({validFrom} t/m {validUntil}).',
    en: 'The completion on {date} is outside the offering’s certification period ({validFrom} to {validUntil}).',
  },
  COMPLETION_OUTSIDE_PERIOD: {
    nl: 'De afronding op {date} valt buiten de registratieperiode ({periodStartsOn} t/m {asOf}).',
    en: 'The completion on {date} is outside the registration period ({periodStartsOn} to {asOf}).',
  },
  /** A provider records a completion for a leader who has left the register. */
  LEADER_DEREGISTERED: {
    nl: 'De schoolleider is uitgeschreven uit het register.',
    en: 'The school leader has been deregistered from the register.',
  },
  UNKNOWN_THEME: {
    nl: 'Thema {code} bestaat niet in de catalogus.',
    en: 'Theme {code} is not in the catalogue.',
  },
  UNKNOWN_SUBTHEME: {
    nl: 'Deelthema {code} bestaat niet in de catalogus.',
    en: 'Subtheme {code} is not in the catalogue.',
  },
  THEME_NOT_ACTIVE: {
    nl: 'Thema {code} was op {date} niet geldig.',
    en: 'Theme {code} was not valid on {date}.',
  },

  // §3.6 informal learning: portfolio
  PORTFOLIO_NO_THEMES: {
    nl: 'Kies minimaal één thema voor het portfolio.',
    en: 'Choose at least one theme for the portfolio.',
  },
  PORTFOLIO_TOO_MANY_THEMES: {
    nl: 'Er kunnen maximaal {max} thema’s tegelijk worden gevalideerd.',
    en: 'At most {max} themes can be validated at once.',
  },
  PORTFOLIO_DUPLICATE_THEME: {
    nl: 'Thema {code} is meer dan één keer gekozen.',
    en: 'Theme {code} was chosen more than once.',
  },
  PORTFOLIO_NEEDS_TWO_ASSESSORS: {
    nl: 'Een portfoliodossier wordt behandeld door precies twee verschillende assessoren.',
    en: 'A portfolio case is handled by exactly two different assessors.',
  },
  PORTFOLIO_ASSESSOR_NOT_ON_CASE: {
    nl: 'Deze assessor behandelt dit dossier niet; het dossier blijft bij dezelfde twee assessoren.',
    en: 'This assessor does not handle this case; the case stays with the same two assessors.',
  },
  PORTFOLIO_TRANSITION_NOT_ALLOWED: {
    nl: 'De stap “{action}” is niet mogelijk in de fase “{state}”.',
    en: 'The step “{action}” is not possible in the “{state}” stage.',
  },
  PORTFOLIO_FEEDBACK_REQUIRED: {
    nl: 'Geef schriftelijke feedback bij een onvoldoende beoordeling.',
    en: 'Give written feedback with an insufficient assessment.',
  },
  PORTFOLIO_ASSESSORS_FIXED: {
    nl: 'De twee assessoren van dit dossier zijn al toegewezen; zij behandelen het dossier tot het einde.',
    en: 'The two assessors of this case are already assigned; they handle the case to the end.',
  },
  PORTFOLIO_ORGANISATION_NOT_CERTIFIED: {
    nl: 'Deze assessororganisatie is op {date} niet gecertificeerd door het register.',
    en: 'This assessor organisation is not certified by the register on {date}.',
  },
  PORTFOLIO_DOCUMENT_MISSING: {
    nl: 'Voeg voor thema {code} minimaal één document aan het portfolio toe.',
    en: 'Add at least one document to the portfolio for theme {code}.',
  },
  PORTFOLIO_RESUBMISSION_USED: {
    nl: 'Een portfolio kan na een onvoldoende beoordeling maar {max} keer opnieuw worden ingediend.',
    en: 'A portfolio can be resubmitted only {max} time(s) after an insufficient assessment.',
  },
  PORTFOLIO_THEME_ALREADY_OPEN: {
    nl: 'Voor thema {code} loopt al een portfoliodossier.',
    en: 'A portfolio case is already open for theme {code}.',
  },
  PORTFOLIO_TOO_MANY_OPEN_THEMES: {
    nl: 'U kunt maximaal {max} thema’s tegelijk laten valideren; er lopen er nu {open} in open dossiers.',
    en: 'At most {max} themes can be validated at once; {open} are in open cases now.',
  },
  PORTFOLIO_THEME_NOT_ON_CASE: {
    nl: 'Thema {code} hoort niet bij dit portfoliodossier.',
    en: 'Theme {code} is not part of this portfolio case.',
  },
  PORTFOLIO_OUTCOME_THEMES: {
    nl: 'Geef voor elk thema van het dossier precies één uitkomst.',
    en: 'Give exactly one outcome for each theme of the case.',
  },
  PORTFOLIO_INTERVIEW_NOT_AHEAD: {
    nl: 'Plan het gesprek op een moment dat nog moet komen.',
    en: 'Plan the interview at a moment still to come.',
  },
  PORTFOLIO_INTERVIEW_ALREADY_HELD: {
    nl: 'Het gesprek is al begonnen en kan niet meer worden verplaatst; leg de uitkomst vast.',
    en: 'The interview has started and can no longer be moved; record its outcome.',
  },
  PORTFOLIO_INTERVIEW_NOT_HELD: {
    nl: 'Het gesprek heeft nog niet plaatsgevonden: leg de uitkomst vast na het gesprek.',
    en: 'The interview has not taken place yet: record the outcome after the interview.',
  },
  PORTFOLIO_GROUNDS_REQUIRED: {
    nl: 'Motiveer de uitkomst van elk thema.',
    en: 'Give grounds for the outcome of each theme.',
  },
  PORTFOLIO_CHECKLIST_STRUCTURE: {
    nl: 'Het portfolio volgt de vaste inrichting niet.',
    en: 'The portfolio does not follow the fixed structure.',
  },
  PORTFOLIO_CHECKLIST_DEVELOPMENT: {
    nl: 'Het portfolio geeft onvoldoende inzicht in de doorgemaakte ontwikkeling op het thema.',
    en: 'The portfolio gives insufficient insight into the development on the theme.',
  },
  PORTFOLIO_CHECKLIST_COLLEAGUE_FEEDBACK: {
    nl: 'Feedback van minimaal {min} collega’s moet in de reflectie zijn opgenomen (nu {actual}).',
    en: 'Feedback from at least {min} colleagues must be included in the reflection (now {actual}).',
  },
  PORTFOLIO_CHECKLIST_SOURCES: {
    nl: 'Minimaal {min} bronnen zijn nodig (nu {actual}).',
    en: 'At least {min} sources are needed (now {actual}).',
  },
  PORTFOLIO_CHECKLIST_LITERATURE: {
    nl: 'Minimaal {min} bronnen moeten literatuur zijn (nu {actual}).',
    en: 'At least {min} sources must be literature (now {actual}).',
  },
  PORTFOLIO_CHECKLIST_EVIDENCE: {
    nl: 'Het portfolio moet {min} tot {max} bewijsstukken bevatten (nu {actual}).',
    en: 'The portfolio must contain {min} to {max} pieces of evidence (now {actual}).',
  },
  PORTFOLIO_CHECKLIST_WORDS: {
    nl: 'Het portfolio mag maximaal {max} woorden bevatten, exclusief bijlagen (nu {actual}).',
    en: 'The portfolio may contain at most {max} words, excluding appendices (now {actual}).',
  },
  PORTFOLIO_CHECKLIST_WRITING: {
    nl: 'Formulering, zinsbouw of spelling is onvoldoende.',
    en: 'Wording, sentence structure or spelling is insufficient.',
  },
  PORTFOLIO_CHECKLIST_OWN_ROLE: {
    nl: 'Leerdoelen en reflectie zijn niet geschreven vanuit de eigen rol als schoolleider.',
    en: 'Learning goals and reflection are not written from the leader’s own role.',
  },

  // §3.6 informal learning: peer validation
  PEER_GROUP_SIZE: {
    nl: 'Een groep bestaat uit precies {size} schoolleiders (nu {actual}).',
    en: 'A group consists of exactly {size} school leaders (now {actual}).',
  },
  PEER_DUPLICATE_PARTICIPANT: {
    nl: 'Een schoolleider staat meer dan één keer in de groep.',
    en: 'A school leader appears more than once in the group.',
  },
  PEER_FACILITATOR_MISSING: {
    nl: 'De groep heeft geen procesbegeleider.',
    en: 'The group has no facilitator.',
  },
  PEER_FACILITATOR_IS_PARTICIPANT: {
    nl: 'De procesbegeleider kan niet ook deelnemer zijn.',
    en: 'The facilitator cannot also be a participant.',
  },
  PEER_THEME_MISSING: {
    nl: 'Iedere deelnemer kiest één thema.',
    en: 'Every participant chooses one theme.',
  },
  PEER_REFLECTION_MISSING: {
    nl: 'De eindreflectie van {author} over {subject} ontbreekt.',
    en: 'The closing reflection by {author} on {subject} is missing.',
  },
  PEER_REFLECTION_LATE: {
    nl: 'De eindreflectie van {author} over {subject} is niet binnen {hours} uur na het gesprek ingediend.',
    en: 'The closing reflection by {author} on {subject} was not submitted within {hours} hours after the session.',
  },
  PEER_NOT_CONFIRMED: {
    nl: 'De procesbegeleider heeft het gesprek nog niet bevestigd.',
    en: 'The facilitator has not confirmed the session yet.',
  },
  PEER_SESSION_NOT_IN_FUTURE: {
    nl: 'Een bijeenkomst moet in de toekomst liggen.',
    en: 'A session must lie in the future.',
  },
  PEER_SESSION_ENDS_BEFORE_START: {
    nl: 'Een bijeenkomst moet eindigen na het begin.',
    en: 'A session must end after it starts.',
  },
  PEER_SESSION_CAPACITY: {
    nl: 'Het aantal plaatsen moet een veelvoud van {size} zijn, hoogstens {max}.',
    en: 'The number of places must be a multiple of {size}, at most {max}.',
  },
  PEER_FACILITATOR_ROLE: {
    nl: 'De procesbegeleider moet een medewerker van het register of een assessor zijn.',
    en: 'The facilitator must be a register employee or an assessor.',
  },
  PEER_SESSION_GROUPED: {
    nl: 'De groepen voor deze bijeenkomst zijn al gevormd; aanmelden of afmelden kan niet meer.',
    en: 'The groups for this session have been formed; signing up or cancelling is no longer possible.',
  },
  PEER_SESSION_STARTED: {
    nl: 'Deze bijeenkomst is al begonnen; aanmelden of afmelden kan niet meer.',
    en: 'This session has already started; signing up or cancelling is no longer possible.',
  },
  PEER_SESSION_FULL: {
    nl: 'Deze bijeenkomst is vol.',
    en: 'This session is full.',
  },
  PEER_THEME_ALREADY_SIGNED_UP: {
    nl: 'U bent al aangemeld voor een andere bijeenkomst met dit thema.',
    en: 'You have already signed up for another session with this theme.',
  },
  PEER_REFLECTION_SUBJECT_NOT_IN_GROUP: {
    nl: 'U kunt alleen een eindreflectie schrijven over een ander lid van uw groep.',
    en: 'You can only write a closing reflection on another member of your group.',
  },
  PEER_REFLECTION_TOO_EARLY: {
    nl: 'U kunt de eindreflectie pas schrijven na afloop van het gesprek.',
    en: 'You can write the closing reflection only after the session.',
  },
  PEER_SESSION_NOT_ENDED: {
    nl: 'Het gesprek is nog niet afgelopen; bevestigen kan pas daarna.',
    en: 'The session has not ended yet; it can be confirmed only afterwards.',
  },
  PEER_REFLECTIONS_PENDING: {
    nl: 'Nog niet alle eindreflecties zijn ingediend en de termijn van {hours} uur na het gesprek loopt nog; bevestigen kan daarna.',
    en: 'Not all closing reflections are in and the {hours}-hour period after the session is still running; confirm afterwards.',
  },
  PEER_GROUP_ALREADY_CONFIRMED: {
    nl: 'Deze groep is al bevestigd.',
    en: 'This group has already been confirmed.',
  },

  // §3.7 deferrals
  DEFERRAL_REASON_NOT_FOR_KIND: {
    nl: 'De reden {reason} is niet mogelijk voor dit soort uitstel.',
    en: 'The reason {reason} is not possible for this kind of deferral.',
  },
  DEFERRAL_NOT_EARLY_REGISTRANT: {
    nl: 'Uitstel als vroege registrant is alleen mogelijk voor wie in {years} registreerde.',
    en: 'Deferral as an early registrant is only possible for those who registered in {years}.',
  },
  DEFERRAL_EARLY_REGISTRANT_ONLY_FIRST_PERIOD: {
    nl: 'Uitstel als vroege registrant geldt alleen voor de eerste herregistratie.',
    en: 'Deferral as an early registrant only applies to the first re-registration.',
  },
  DEFERRAL_EXCEEDS_CAP: {
    nl: 'Het uitstel mag niet later zijn dan {maxDate} (maximaal {years} jaar).',
    en: 'The deferral may not go beyond {maxDate} (at most {years} years).',
  },
  DEFERRAL_DATE_NOT_AFTER_DUE: {
    nl: 'De nieuwe datum moet na de huidige uiterste datum ({dueDate}) liggen.',
    en: 'The new date must be after the current due date ({dueDate}).',
  },
  DEFERRAL_MOTIVATION_REQUIRED: {
    nl: 'Licht het verzoek om uitstel toe.',
    en: 'Explain the deferral request.',
  },
  DEFERRAL_GRANT_NEEDS_DATE: {
    nl: 'Bij (gedeeltelijk) toekennen hoort een nieuwe datum.',
    en: 'A (partial) grant needs a new date.',
  },
  DEFERRAL_FULL_GRANT_MUST_MATCH_REQUEST: {
    nl: 'Bij volledig toekennen is de nieuwe datum de gevraagde datum ({requestedDate}).',
    en: 'A full grant sets the requested date ({requestedDate}).',
  },
  DEFERRAL_PARTIAL_NOT_BEFORE_REQUESTED: {
    nl: 'Bij gedeeltelijk toekennen ligt de nieuwe datum vóór de gevraagde datum ({requestedDate}).',
    en: 'A partial grant sets a date before the requested date ({requestedDate}).',
  },
  DEFERRAL_REJECTION_NEEDS_REASONS: {
    nl: 'Een afwijzing moet gemotiveerd worden.',
    en: 'A rejection must state its reasons.',
  },
  DEFERRAL_REJECTED: {
    nl: 'Het verzoek om uitstel is afgewezen.',
    en: 'The deferral request was rejected.',
  },

  // Application workflow
  APPLICATION_ACTION_NOT_ALLOWED: {
    nl: 'Deze stap kan niet bij een aanvraag met status {status}.',
    en: 'This step is not possible for an application with status {status}.',
  },
  APPLICATION_ALREADY_OPEN: {
    nl: 'U hebt al een lopende aanvraag. Wacht het besluit af of trek die aanvraag in voordat u een nieuwe aanvraag begint.',
    en: 'You already have an open application. Wait for its decision or withdraw it before you start a new one.',
  },
  ALREADY_REGISTERED: {
    nl: 'U bent al geregistreerd; vraag een niveauwijziging of herregistratie aan.',
    en: 'You are already registered; apply for a level change or re-registration instead.',
  },
  NOT_REGISTERED: {
    nl: 'Een niveauwijziging kan alleen met een bestaande registratie.',
    en: 'A level change needs an existing registration.',
  },
  APPLICATION_RETURN_NEEDS_MESSAGE: {
    nl: 'Geef aan welke informatie nog nodig is.',
    en: 'Say which information is still needed.',
  },
  APPLICATION_EVIDENCE_MISSING: {
    nl: 'De aanvraag is niet compleet: het vereiste bewijs ontbreekt. Stuur de aanvraag terug om het op te vragen.',
    en: 'The application is not complete: the required evidence is missing. Return the application to ask for it.',
  },
  APPLICATION_REJECTION_NEEDS_REASONS: {
    nl: 'Een afwijzing moet gemotiveerd worden.',
    en: 'A rejection must state its reasons.',
  },
  APPLICATION_EXCEPTION_NEEDS_JUSTIFICATION: {
    nl: 'De regels staan deze registratie niet toe; goedkeuren kan alleen als uitzondering met een motivering.',
    en: 'The rules do not allow this registration; approving it needs an exception with a justification.',
  },

  // §3.8 objections
  OBJECTION_PERIOD_ENDED: {
    nl: 'De bezwaartermijn is verstreken op {deadline}.',
    en: 'The objection period ended on {deadline}.',
  },
  OBJECTION_BEFORE_DECISION: {
    nl: 'Bezwaar kan pas worden gemaakt na het besluit van {decidedOn}.',
    en: 'An objection can only be made after the decision of {decidedOn}.',
  },

  // Links sent by e-mail (account confirmation, new password)
  TOKEN_UNKNOWN: {
    nl: 'Deze link werkt niet: hij is al gebruikt, verlopen of niet helemaal overgenomen. Vraag zo nodig een nieuwe link aan.',
    en: 'This link does not work: it was used already, has expired or was not copied completely. Ask for a new link if needed.',
  },
  TOKEN_USED: {
    nl: 'Deze link is al gebruikt. Een link werkt maar één keer; vraag zo nodig een nieuwe aan.',
    en: 'This link has been used already. A link works only once; ask for a new one if needed.',
  },
  TOKEN_EXPIRED: {
    nl: 'Deze link is verlopen. Vraag een nieuwe link aan.',
    en: 'This link has expired. Ask for a new link.',
  },

  // Separation of duties (DESIGN §6)
  OWN_CASE: {
    nl: 'U kunt niet beslissen over uw eigen zaak; een ander lid of medewerker moet dit doen.',
    en: 'You cannot decide on your own case; another member or officer must do this.',
  },

  // Accounts: roles that go together, links, and what staff may do to accounts
  ACCOUNT_NEEDS_ROLE: {
    nl: 'Een account heeft minstens één rol.',
    en: 'An account has at least one role.',
  },
  STAFF_WITH_ORGANISATION_ROLE: {
    nl: 'Een medewerker van het registerbureau kan niet ook optreden voor een bestuur, aanbieder of beoordelaar: het bureau houdt toezicht op hen.',
    en: 'A register office employee cannot also act for a board, provider or assessor: the office supervises them.',
  },
  BOARD_ROLE_NEEDS_BOARD: {
    nl: 'Koppel een account met de rol Bestuur aan een bestuur.',
    en: 'Link an account with the Board role to a board.',
  },
  PROVIDER_ROLE_NEEDS_PROVIDER: {
    nl: 'Koppel een account met de rol Aanbieder aan een aanbieder.',
    en: 'Link an account with the Provider role to a provider.',
  },
  ASSESSOR_ROLE_NEEDS_ORGANISATION: {
    nl: 'Koppel een account met de rol Beoordelaar aan een beoordelaarsorganisatie.',
    en: 'Link an account with the Assessor role to an assessor organisation.',
  },
  LINK_NEEDS_ROLE: {
    nl: 'Een koppeling aan een bestuur, aanbieder, beoordelaarsorganisatie of schoolleider hoort bij de rol Bestuur, Aanbieder, Beoordelaar of Schoolleider.',
    en: 'A link to a board, provider, assessor organisation or school leader belongs with the Board, Provider, Assessor or School leader role.',
  },
  OWN_ACCOUNT_ROLES: {
    nl: 'U kunt uw eigen rollen niet wijzigen; een andere medewerker moet dit doen.',
    en: 'You cannot change your own roles; another employee must do this.',
  },
  OWN_ACCOUNT_DEACTIVATION: {
    nl: 'U kunt uw eigen account niet deactiveren; een andere medewerker moet dit doen.',
    en: 'You cannot deactivate your own account; another employee must do this.',
  },
  LAST_ACTIVE_STAFF: {
    nl: 'Dit is het laatste actieve account van een medewerker; het registerbureau moet altijd iemand hebben die accounts beheert.',
    en: 'This is the last active staff account; the register office must always have someone who manages accounts.',
  },

  // §3.6 assessor organisations
  KVK_NUMBER_INVALID: {
    nl: 'Een KvK-nummer bestaat uit acht cijfers.',
    en: 'A Chamber of Commerce (KvK) number has eight digits.',
  },
  CERTIFICATION_PERIOD_REVERSED: {
    nl: 'De certificering kan niet eindigen ({certifiedUntil}) voordat zij begint ({certifiedFrom}).',
    en: 'The certification cannot end ({certifiedUntil}) before it starts ({certifiedFrom}).',
  },
  ASSESSOR_FEE_OUT_OF_RANGE: {
    nl: 'Elk tarief is een bedrag van 0 tot en met {max} euro.',
    en: 'Each fee is an amount from 0 up to and including {max} euros.',
  },

  // Sector indicator targets (seed 002, indicator 20)
  INDICATOR_TARGET_SHARE_OUT_OF_RANGE: {
    nl: 'Een streefpercentage ligt tussen 0 en {max}, met hoogstens één decimaal.',
    en: 'A target percentage lies between 0 and {max}, with at most one decimal.',
  },
  INDICATOR_TARGET_COUNT_OUT_OF_RANGE: {
    nl: 'Een streefaantal is een heel getal van 0 tot en met {max}.',
    en: 'A target count is a whole number from 0 up to and including {max}.',
  },
  INDICATOR_TARGET_PERIOD_REVERSED: {
    nl: 'Een streefwaarde kan niet eindigen ({validUntil}) voordat zij ingaat ({validFrom}).',
    en: 'A target cannot end ({validUntil}) before it starts ({validFrom}).',
  },
  INDICATOR_TARGET_OVERLAPS: {
    nl: 'Voor deze indicator geldt in die periode al een streefwaarde (vanaf {validFrom}); pas die aan of kies een andere periode.',
    en: 'This indicator already has a target in that period (from {validFrom}); change that one or choose another period.',
  },

  // Legacy import of the old register (issue 11): why a row of its export is not taken over
  LEGACY_FILE_KIND_UNKNOWN: {
    nl: 'Het bestand of tabblad ‘{name}’ hoort bij geen enkele soort; gebruik besturen, schoolleiders, dienstverbanden, registraties, herregistraties, uitstel of afrondingen.',
    en: 'The file or sheet ‘{name}’ matches no kind; use besturen, schoolleiders, dienstverbanden, registraties, herregistraties, uitstel or afrondingen.',
  },
  LEGACY_KIND_TWICE: {
    nl: 'De soort {kind} staat twee keer in deze import; lever elke soort in één bestand of tabblad.',
    en: 'The kind {kind} appears twice in this import; deliver each kind in one file or sheet.',
  },
  LEGACY_COLUMNS_MISSING: {
    nl: 'In {kind} ontbreken de kolommen: {columns}.',
    en: '{kind} lacks the columns: {columns}.',
  },
  LEGACY_VALUE_REQUIRED: {
    nl: 'De kolom {column} is leeg; die is verplicht.',
    en: 'The column {column} is empty; it is required.',
  },
  LEGACY_TEXT_INVALID: {
    nl: 'De kolom {column} bevat een teken dat niet is toegestaan of is te lang.',
    en: 'The column {column} holds a character that is not allowed or is too long.',
  },
  LEGACY_DATE_INVALID: {
    nl: 'De kolom {column} bevat geen geldige datum (‘{value}’); gebruik bijvoorbeeld 1-3-2018 (dag-maand-jaar) of jaar-maand-dag.',
    en: 'The column {column} holds no valid date (‘{value}’); use e.g. 1-3-2018 (day-month-year) or year-month-day.',
  },
  LEGACY_VALUE_INVALID: {
    nl: 'De kolom {column} bevat ‘{value}’; mogelijk zijn: {allowed}.',
    en: 'The column {column} holds ‘{value}’; possible values: {allowed}.',
  },
  LEGACY_DATE_ORDER: {
    nl: 'De datum in {column} ligt vóór de datum in {other}.',
    en: 'The date in {column} lies before the date in {other}.',
  },
  LEGACY_REGISTER_NUMBER_INVALID: {
    nl: 'Het registratienummer ‘{value}’ is ongeldig: alleen cijfers, letters en streepjes, hoogstens 20 tekens.',
    en: 'The register number ‘{value}’ is invalid: digits, letters and hyphens only, at most 20 characters.',
  },
  LEGACY_BOARD_NUMBER_INVALID: {
    nl: 'Het bestuursnummer ‘{value}’ is ongeldig: dat zijn vijf cijfers.',
    en: 'The board number ‘{value}’ is invalid: it has five digits.',
  },
  LEGACY_EMAIL_INVALID: {
    nl: 'Het e-mailadres ‘{value}’ is ongeldig.',
    en: 'The e-mail address ‘{value}’ is invalid.',
  },
  LEGACY_ASPIRANT_NEEDS_END_DATE: {
    nl: 'Een aspirant-registratie heeft een einddatum (aspirant_tot).',
    en: 'An aspirant registration has an end date (aspirant_tot).',
  },
  LEGACY_ASPIRANT_DATES_WITHOUT_ASPIRANT: {
    nl: 'aspirant_tot en volledig_geregistreerd_op horen alleen bij een aspirant-registratie.',
    en: 'aspirant_tot and volledig_geregistreerd_op belong only to an aspirant registration.',
  },
  LEGACY_DEFERRAL_DECISION_MISSING: {
    nl: 'Er is een besluitdatum of nieuwe datum zonder besluit; vul het besluit in of laat beide leeg.',
    en: 'There is a decision date or new date without a decision; fill in the decision or leave both empty.',
  },
  LEGACY_DEFERRAL_REJECTED_WITH_DATE: {
    nl: 'Een afgewezen uitstel heeft geen nieuwe datum.',
    en: 'A rejected deferral has no new date.',
  },
  LEGACY_LEADER_UNKNOWN: {
    nl: 'Er is geen schoolleider met registratienummer {registerNumber} in het register of in deze import.',
    en: 'There is no school leader with register number {registerNumber} in the register or in this import.',
  },
  LEGACY_BOARD_UNKNOWN: {
    nl: 'Er is geen bestuur met nummer {boardNumber} in het register of in deze import.',
    en: 'There is no board with number {boardNumber} in the register or in this import.',
  },
  LEGACY_THEME_UNKNOWN: {
    nl: 'Er is geen thema {theme} dat op {date} gold.',
    en: 'There is no theme {theme} in force on {date}.',
  },
  LEGACY_REGISTRATION_UNKNOWN: {
    nl: 'Schoolleider {registerNumber} heeft op {date} geen registratie om dit aan te koppelen.',
    en: 'School leader {registerNumber} has no registration on {date} to attach this to.',
  },
  LEGACY_REGISTER_NUMBER_IN_USE: {
    nl: 'Registratienummer {registerNumber} is in dit register al van een schoolleider die niet uit het oude register komt.',
    en: 'Register number {registerNumber} already belongs to a school leader in this register who does not come from the old register.',
  },
  LEGACY_DUPLICATE_ROW: {
    nl: 'Dezelfde gegevens staan al in rij {row} van deze import.',
    en: 'The same record is already in row {row} of this import.',
  },
  LEGACY_SECOND_CURRENT_REGISTRATION: {
    nl: 'Schoolleider {registerNumber} heeft al een registratie die niet is uitgeschreven; een tweede kan pas na uitschrijving.',
    en: 'School leader {registerNumber} already has a registration that is not deregistered; a second one needs a deregistration first.',
  },
  LEGACY_SECOND_OPEN_DEFERRAL: {
    nl: 'Schoolleider {registerNumber} heeft al een openstaand verzoek om dit soort uitstel.',
    en: 'School leader {registerNumber} already has an open request for this kind of deferral.',
  },

  // AVG: a leader's requests about their own personal data (data-requests.ts)
  DATA_REQUEST_SUBJECT_MISSING: {
    nl: 'Kies welke gegevens niet kloppen.',
    en: 'Choose which data is wrong.',
  },
  DATA_REQUEST_DESCRIPTION_MISSING: {
    nl: 'Beschrijf wat er niet klopt.',
    en: 'Describe what is wrong.',
  },
  DATA_REQUEST_PROPOSED_VALUE_MISSING: {
    nl: 'Vul in wat de juiste gegevens zijn.',
    en: 'Fill in what the right data is.',
  },
  DATA_REQUEST_ERASURE_REASON_MISSING: {
    nl: 'Geef aan waarom u uw gegevens wilt laten verwijderen.',
    en: 'Say why you want your data erased.',
  },
  DATA_REQUEST_GROUNDS_MISSING: {
    nl: 'Motiveer de beslissing; de schoolleider krijgt de motivering in een brief.',
    en: 'Give the grounds; the school leader receives them in a letter.',
  },
  DATA_REQUEST_NOTHING_CORRECTED: {
    nl: 'Wijzig ten minste één gegeven, of beschrijf wat er is aangepast.',
    en: 'Change at least one item, or describe what was corrected.',
  },
  DATA_REQUEST_ALREADY_EXTENDED: {
    nl: 'De termijn van dit verzoek is al verlengd; verlengen kan één keer.',
    en: 'The period of this request has already been extended; it can be extended once.',
  },
  DATA_REQUEST_EXTENSION_LATE: {
    nl: 'Verlengen kan alleen binnen de eerste maand, tot en met {deadline}.',
    en: 'The period can only be extended within the first month, up to and including {deadline}.',
  },
  CORRECTION_NAME_EMPTY: {
    nl: 'Een naam (voorletters, voornaam of achternaam) kan niet leeg worden gemaakt.',
    en: 'A name (initials, first name or last name) cannot be made empty.',
  },
  CORRECTION_EMAIL_INVALID: {
    nl: 'Het nieuwe e-mailadres heeft niet de vorm naam@domein.nl.',
    en: 'The new e-mail address does not have the form name@domain.nl.',
  },
  ERASURE_WHILE_REGISTERED: {
    nl: 'Zolang de schoolleider in het register staat, moet het register de openbare registratie volgens de wet bewaren; de gegevens kunnen pas na uitschrijving worden verwijderd.',
    en: 'As long as the school leader is registered, the law requires the register to keep the public registration; the data can only be erased after deregistration.',
  },
  // AVG: anonymisation after deregistration and the retention period (personal-data-retention.ts)
  ANONYMISATION_NOT_DEREGISTERED: {
    nl: 'Deze schoolleider is niet uitgeschreven; de gegevens worden pas na uitschrijving en de bewaartermijn geanonimiseerd.',
    en: 'This school leader is not deregistered; the data is only anonymised after deregistration and the retention period.',
  },
  ANONYMISATION_RETENTION_NOT_PASSED: {
    nl: 'De bewaartermijn loopt nog tot {retainUntil}; pas daarna worden de gegevens geanonimiseerd.',
    en: 'The retention period runs until {retainUntil}; the data is only anonymised after that.',
  },
} as const satisfies Record<string, MessageTemplates>;

/** A machine-readable reason code. */
export type ReasonCode = keyof typeof REASON_MESSAGES;

/** Values filled into a message's `{placeholders}`. */
export type ReasonParams = Readonly<Record<string, string | number>>;

/** Why something is not allowed: a stable code, a Dutch message and the values used in it. */
export interface Reason {
  readonly code: ReasonCode;
  /** Dutch message, ready to show. */
  readonly message: string;
  readonly params?: ReasonParams;
}

/** Either a value or the reasons why not. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reasons: readonly Reason[] };

/** Supported message languages. */
export type MessageLanguage = 'nl' | 'en';

/** Fills `{name}` from `params`; a date value reads as words ("1 maart 2026"), never as `2026-03-01`. */
function interpolate(template: string, params: ReasonParams | undefined, language: MessageLanguage): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'string' && isValidCalendarDate(value) ? formatDateInWords(value, language) : String(value);
  });
}

/** The message for `code` in `language` (default Dutch) with `params` filled in. */
export function reasonMessage(code: ReasonCode, params?: ReasonParams, language: MessageLanguage = 'nl'): string {
  return interpolate(REASON_MESSAGES[code][language], params, language);
}

/** Builds a {@link Reason} with its Dutch message. */
export function reason(code: ReasonCode, params?: ReasonParams): Reason {
  return params === undefined ? { code, message: reasonMessage(code) } : { code, message: reasonMessage(code, params), params };
}

/** A reason's message in another language (e.g. English for the admin's language switch). */
export function formatReason(value: Reason, language: MessageLanguage): string {
  return reasonMessage(value.code, value.params, language);
}

/** A successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed {@link Result}; at least one reason. */
export function fail<T = never>(first: Reason, ...rest: readonly Reason[]): Result<T> {
  return { ok: false, reasons: [first, ...rest] };
}

/** `ok(value)` when `reasons` is empty, otherwise a failure with all of them. */
export function resultOf<T>(reasons: readonly Reason[], value: () => T): Result<T> {
  const [first, ...rest] = reasons;
  return first === undefined ? ok(value()) : fail(first, ...rest);
}

/** Whether `code` is a known reason code (for data coming back from the database or API). */
export function isReasonCode(code: string): code is ReasonCode {
  return Object.prototype.hasOwnProperty.call(REASON_MESSAGES, code);
}
