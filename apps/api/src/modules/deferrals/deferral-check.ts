import { validateDeferralRequest, type CalendarDate } from '@srpo/domain';
import DataLoader from 'dataloader';
import { Field, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { DateScalar } from '../../schema/date.scalar';
import { RuleReasonType } from '../theme-progress/theme-progress.types';
import { latestRegistrations } from '../registrations/latest-registration';
import { toRegistrationFacts } from '../registrations/registration.facts';
import { loadRegistrationHistory } from '../registrations/registration.loaders';
import type { DeferralRequestRow } from './deferral-request.entity';

@ObjectType('DeferralCheck', { description: 'What the rules say today about a further deferral for this request (earlier deferrals included).' })
export class DeferralCheckType {
  @Field(() => Boolean, { description: 'Whether the rules allow granting the requested date today.' })
  allowed: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'The deadline or due date in force now (after earlier deferrals).' })
  currentDueDate: CalendarDate | null;

  @Field(() => DateScalar, { nullable: true, description: 'The furthest date the rules allow (early registrants); null: no fixed cap.' })
  maxDueDate: CalendarDate | null;

  @Field(() => [RuleReasonType])
  reasons: RuleReasonType[];
}

/**
 * The domain's check of each pending request on `today`, against the registration as it is now, so
 * deferrals granted since the request moved the due date (and the cap) already. Batched: one query for
 * the registrations and three for their histories, for every request asked in one request.
 */
export function deferralCheckLoader(dataSource: DataSource, today: CalendarDate): DataLoader<DeferralRequestRow, DeferralCheckType, string> {
  return new DataLoader(
    async (requests) => {
      const leaderIds = [...new Set(requests.filter((request) => request.kind === 'RE_REGISTRATION').map((request) => request.leaderId))];
      // The registration a deferral acts on: the leader's latest, unless deregistered (as currentRegistrationOf).
      const registrations = [...(await latestRegistrations(dataSource, leaderIds)).values()].filter((registration) => registration.deregisteredOn === null);
      const histories = await loadRegistrationHistory(dataSource, registrations);
      const facts = new Map(histories.map((history) => [history.registration.leaderId, toRegistrationFacts(history)]));
      return requests.map((request) => {
        const result = validateDeferralRequest(
          { kind: request.kind, reason: request.reason, requestedOn: today, requestedDueDate: request.requestedDueDate, motivation: request.motivation },
          request.kind === 'RE_REGISTRATION' ? (facts.get(request.leaderId) ?? null) : null,
        );
        return result.ok
          ? { allowed: true, currentDueDate: result.value.currentDueDate, maxDueDate: result.value.maxDueDate, reasons: [] }
          : { allowed: false, currentDueDate: null, maxDueDate: null, reasons: result.reasons.map(({ code, message }) => ({ code, message })) };
      });
    },
    { cacheKeyFn: (request) => request.id },
  );
}
