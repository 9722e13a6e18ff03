import { Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context';
import { Role } from '../accounts/role';

@ObjectType('WorkCounts', { description: 'The work waiting in each queue of the register office and the committee, for the start page.' })
export class WorkCountsType {
  @Field(() => Int, { description: 'Submitted applications to check for completeness.' })
  applicationsToCheck: number;

  @Field(() => Int, { description: 'Complete applications to place on a meeting.' })
  applicationsToSchedule: number;

  @Field(() => Int, { description: 'Applications on a meeting’s agenda, not yet decided.' })
  applicationsToDecide: number;

  @Field(() => Int, { description: 'Deferral requests to decide.' })
  deferralRequests: number;

  @Field(() => Int, { description: 'Offerings submitted for certification.' })
  certificationRequests: number;

  @Field(() => Int, { description: 'Certificates added by leaders that await verification.' })
  certificatesToVerify: number;

  @Field(() => Int, { description: 'Objections (against any decision) to decide.' })
  openObjections: number;

  @Field(() => Int, { description: 'E-mails in the outbox not sent: waiting or given up.' })
  outboxWaiting: number;
}

/** Every queue's count in one statement (each a count on an indexed status). */
export async function workCounts(dataSource: DataSource): Promise<WorkCountsType> {
  const [row] = (await dataSource.query(`
    SELECT (SELECT count(*) FROM registration_application WHERE status = 'SUBMITTED')::int AS "applicationsToCheck",
           (SELECT count(*) FROM registration_application WHERE status = 'COMPLETE')::int AS "applicationsToSchedule",
           (SELECT count(*) FROM registration_application WHERE status = 'SCHEDULED')::int AS "applicationsToDecide",
           (SELECT count(*) FROM deferral_request WHERE status = 'REQUESTED')::int AS "deferralRequests",
           (SELECT count(*) FROM offering WHERE status = 'SUBMITTED')::int AS "certificationRequests",
           (SELECT count(*) FROM completion WHERE status = 'PENDING_VERIFICATION')::int AS "certificatesToVerify",
           (SELECT count(*) FROM objection WHERE status = 'FILED')::int AS "openObjections",
           (SELECT count(*) FROM email_outbox WHERE status IN ('PENDING', 'FAILED'))::int AS "outboxWaiting"`)) as WorkCountsType[];
  return row!;
}

@Resolver()
export class WorkQueuesResolver {
  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => WorkCountsType, { description: 'How much work waits in each queue (staff and committee start page).' })
  workCounts(@Ctx() ctx: RequestContext): Promise<WorkCountsType> {
    return workCounts(ctx.dataSource);
  }
}
