import { addDays, addYears, amsterdamInstant, type ApplicationStatus, type CalendarDate } from '@srpo/domain';
import type { DataSource } from 'typeorm';
import { Account } from '../../modules/accounts/account.entity';
import { RegistrationApplication } from '../../modules/applications/registration-application.entity';
import { CommitteeMeeting } from '../../modules/committee/committee-meeting.entity';
import { CommitteeService } from '../../modules/committee/committee.service';
import { SchoolLeader } from '../../modules/leaders/school-leader.entity';

/** The states a demo application is left in; decided ones go through the real committee service. */
const DEMO_STATES: (ApplicationStatus | 'DECIDE_APPROVE' | 'DECIDE_REJECT')[] = [
  'DRAFT', 'DRAFT', 'SUBMITTED', 'SUBMITTED', 'SUBMITTED', 'RETURNED', 'COMPLETE', 'COMPLETE',
  'SCHEDULED', 'SCHEDULED', 'SCHEDULED', 'WITHDRAWN', 'DECIDE_APPROVE', 'DECIDE_APPROVE', 'DECIDE_REJECT',
];

/**
 * Applications in every state for enrolled leaders without a registration, a meeting held three
 * weeks ago (its decisions made through the committee service, so registrations, letters and audit
 * entries are real) and a planned meeting in two weeks.
 */
export async function seedDemoApplications(dataSource: DataSource, today: CalendarDate): Promise<void> {
  const meetings = dataSource.getRepository(CommitteeMeeting);
  const held = await meetings.save(meetings.create({ committee: 'REGISTRATION', meetingDate: addDays(today, -21), location: 'Utrecht' }));
  const planned = await meetings.save(meetings.create({ committee: 'REGISTRATION', meetingDate: addDays(today, 14), location: 'Utrecht' }));

  const candidates = await dataSource
    .getRepository(SchoolLeader)
    .createQueryBuilder('l')
    .where('NOT EXISTS (SELECT 1 FROM registration r WHERE r.leader_id = l.id)')
    .andWhere('l.account_id IS NULL')
    .orderBy('l.register_number')
    .take(DEMO_STATES.length)
    .getMany();
  const committee = await dataSource.getRepository(Account).findOneByOrFail({ email: 'commissie@demo.srpo.nl' });
  const toDecide: { application: RegistrationApplication; approve: boolean }[] = [];

  for (const [index, leader] of candidates.entries()) {
    const state = DEMO_STATES[index]!;
    const decide = state === 'DECIDE_APPROVE' || state === 'DECIDE_REJECT';
    const status: ApplicationStatus = decide ? 'SCHEDULED' : state;
    const aspirant = index % 5 === 4;
    const application = await dataSource.getRepository(RegistrationApplication).save(
      dataSource.getRepository(RegistrationApplication).create({
        leaderId: leader.id,
        kind: aspirant ? 'ASPIRANT' : 'INITIAL',
        status,
        leaderFunction: 'DIRECTOR',
        requestedTitle: 'RDO',
        qualificationRoute: aspirant ? null : 'CERTIFIED_PROGRAMME',
        claimedLevel: 'VAKBEKWAAM',
        evidenceDate: aspirant ? null : addYears(today, -1),
        institution: aspirant ? 'Schoolleidersopleiding Vakbekwaam, Hogeschool Utrecht' : 'Academie voor Schoolleiders',
        certificationValidFrom: addYears(today, -3),
        certificationValidUntil: null,
        enrolledOn: aspirant ? addYears(today, -1) : null,
        expectedEndDate: aspirant ? addYears(today, 1) : null,
        staffMessage: status === 'RETURNED' ? 'Stuur een kopie van uw diploma mee; de bijlage ontbreekt.' : null,
        meetingId: status === 'SCHEDULED' ? (decide ? held.id : planned.id) : null,
        // Submitted on different days over the past two months (the decided ones before their meeting), so the staff's throughput has a history.
        submittedAt: status === 'DRAFT' ? null : new Date(amsterdamInstant(addDays(today, -(60 - 2 * index)), '10:00')!),
      }),
    );
    if (decide) toDecide.push({ application, approve: state === 'DECIDE_APPROVE' });
  }

  const committeeService = new CommitteeService(dataSource, committee, today);
  for (const { application, approve } of toDecide) {
    await committeeService.decide({
      applicationId: application.id,
      version: application.version,
      outcome: approve ? 'APPROVED' : 'REJECTED',
      reasons: approve ? null : 'Het diploma is behaald buiten de certificeringsperiode van de opleiding.',
    });
  }
}
