import {
  eligibility,
  evaluateQualification,
  fail,
  reason,
  type CalendarDate,
  type EligibilityGrant,
  type ProgrammeEnrolment,
  type Qualification,
  type QualificationEvidence,
  type Result,
} from '@srpo/domain';
import type { Registration } from '../registrations/registration.entity';
import type { RegistrationApplication } from './registration-application.entity';

/** The application's qualification claim in the domain's terms; null when the route needs more data. */
export function qualificationEvidence(application: RegistrationApplication): QualificationEvidence | null {
  const { qualificationRoute: route, claimedLevel: level, evidenceDate: date } = application;
  const certification = application.certificationValidFrom
    ? { validFrom: application.certificationValidFrom, validUntil: application.certificationValidUntil }
    : null;
  switch (route) {
    case 'CERTIFIED_PROGRAMME':
      return level && date && certification ? { route, programmeLevel: level, certification, diplomaDate: date } : null;
    case 'ASSESSMENT':
      return level && date && certification ? { route, level, providerCertification: certification, assessedOn: date } : null;
    case 'EVC':
      return level && date && certification ? { route, level, bureauCertification: certification, certificateDate: date } : null;
    case 'NVAO_MASTER':
      return date
        ? { route, nvaoAccredited: application.nvaoAccredited ?? false, alignedWithStandard: application.alignedWithStandard ?? false, diplomaDate: date }
        : null;
    case 'DIPLOMA_EVALUATION':
      // The committee sets the level when it decides (`grantedLevel`).
      return date ? { route, diplomas: [{ name: application.institution ?? 'diploma', obtainedOn: date }], committeeLevel: level, decidedOn: date } : null;
    default:
      return null;
  }
}

/**
 * What the rules allow for this application on `asOf` (DESIGN §3.1, §3.2): the title, level and
 * aspirant flag to grant, or the reasons why not. `grantedLevel` is the committee's level for the
 * diploma-evaluation route.
 */
export function evaluateApplication(
  application: RegistrationApplication,
  currentRegistration: Registration | null,
  asOf: CalendarDate,
  grantedLevel?: RegistrationApplication['claimedLevel'],
): Result<EligibilityGrant> {
  if (application.kind === 'INITIAL' || application.kind === 'ASPIRANT') {
    if (currentRegistration && !currentRegistration.aspirant) return fail(reason('ALREADY_REGISTERED'));
  }
  if (application.kind === 'LEVEL_CHANGE' && !currentRegistration) return fail(reason('NOT_REGISTERED'));

  const qualifications: Qualification[] = [];
  if (currentRegistration?.level) {
    qualifications.push({ route: 'CERTIFIED_PROGRAMME', level: currentRegistration.level, obtainedOn: currentRegistration.registeredOn });
  }
  const enrolments: ProgrammeEnrolment[] = [];
  if (application.kind === 'ASPIRANT') {
    if (application.claimedLevel && application.certificationValidFrom && application.enrolledOn && application.expectedEndDate) {
      enrolments.push({
        programmeLevel: application.claimedLevel,
        certification: { validFrom: application.certificationValidFrom, validUntil: application.certificationValidUntil },
        enrolledOn: application.enrolledOn,
        expectedEndDate: application.expectedEndDate,
      });
    }
  } else {
    const evidence = qualificationEvidence(
      grantedLevel && application.qualificationRoute === 'DIPLOMA_EVALUATION' ? { ...application, claimedLevel: grantedLevel } : application,
    );
    if (!evidence) return fail(reason('NO_QUALIFICATION'));
    const qualification = evaluateQualification(evidence, asOf);
    if (!qualification.ok) return qualification;
    qualifications.push(qualification.value);
  }
  return eligibility({ enrolments, requestedTitle: application.requestedTitle }, application.leaderFunction, qualifications, asOf);
}
