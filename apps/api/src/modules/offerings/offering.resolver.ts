import { certificationOn, isCertifiedContentLocked, todayInAmsterdam } from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { assertCanRead, ownerOfAccount } from './offering-owner';
import { Offering } from './offering.entity';
import type { OfferingLoaders } from './offering.loaders';
import { OfferingListService } from './offering-list.service';
import { OfferingService } from './offering.service';
import { PageArgs } from '../../shared/paging';
import {
  CertificationDecisionInput,
  CertificationType,
  ExecutionInput,
  ExecutionType,
  ManagedOfferingConnectionType,
  OfferingInput,
  OfferingType,
  ThemeRefType,
} from './offering.types';

function service(ctx: RequestContext): OfferingService {
  return new OfferingService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

async function themeRefs(loaders: OfferingLoaders, rows: readonly { themeId: string | null; subthemeId: string | null }[], kind: 'theme' | 'subtheme') {
  const ids = rows.flatMap((row) => {
    const id = kind === 'theme' ? row.themeId : row.subthemeId;
    return id ? [id] : [];
  });
  const found = await (kind === 'theme' ? loaders.themeById : loaders.subthemeById).loadMany(ids);
  return found
    .flatMap((row) => (row && !(row instanceof Error) ? [{ code: row.code, name: row.name, sortOrder: row.sortOrder }] : []))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code))
    .map(({ code, name }) => ({ code, name }));
}

@Resolver(() => OfferingType)
export class OfferingResolver {
  @Authorized(Role.PROVIDER, Role.BOARD)
  @Query(() => ManagedOfferingConnectionType, { description: 'Offerings of the provider or board the signed-in account acts for, by title.' })
  myOfferings(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<ManagedOfferingConnectionType> {
    return new OfferingListService(ctx.dataSource).ownedBy(ownerOfAccount(ctx.account as Account), page);
  }

  @Authorized(Role.PROVIDER, Role.BOARD, Role.STAFF, Role.COMMITTEE)
  @Query(() => OfferingType, { description: 'One offering: its owner’s, or any for staff and committee.' })
  async offering(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<OfferingType> {
    assertId(id, 'id');
    return assertCanRead(ctx.account as Account, await ctx.dataSource.getRepository(Offering).findOneBy({ id }));
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => ManagedOfferingConnectionType, { description: 'Offerings submitted for certification, oldest submission first.' })
  offeringsToCertify(@Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<ManagedOfferingConnectionType> {
    return new OfferingListService(ctx.dataSource).submitted(page);
  }

  @Authorized(Role.PROVIDER, Role.BOARD)
  @Mutation(() => OfferingType, { description: 'Drafts an offering with the (sub)themes it claims.' })
  createOffering(@Ctx() ctx: RequestContext, @Arg('input', () => OfferingInput) input: OfferingInput): Promise<OfferingType> {
    return service(ctx).create(input);
  }

  @Authorized(Role.PROVIDER, Role.BOARD)
  @Mutation(() => OfferingType, { description: 'Changes an own offering that is not awaiting a certification decision.' })
  updateOffering(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => OfferingInput) input: OfferingInput,
  ): Promise<OfferingType> {
    assertId(id, 'id');
    return service(ctx).update(id, version, input);
  }

  @Authorized(Role.PROVIDER, Role.BOARD)
  @Mutation(() => OfferingType, { description: 'Submits an own offering for (re-)certification.' })
  submitOffering(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number): Promise<OfferingType> {
    assertId(id, 'id');
    return service(ctx).submit(id, version);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Mutation(() => OfferingType, { description: 'Certifies a submitted offering (for all or part of its claim, with a period) or rejects it with grounds.' })
  decideCertification(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => CertificationDecisionInput) input: CertificationDecisionInput,
  ): Promise<OfferingType> {
    assertId(id, 'id');
    return service(ctx).decide(id, version, input);
  }

  @Authorized(Role.PROVIDER, Role.BOARD)
  @Mutation(() => ExecutionType, { description: 'Publishes an execution of an own offering that is certified on the start date.' })
  publishExecution(
    @Ctx() ctx: RequestContext,
    @Arg('offeringId', () => ID) offeringId: string,
    @Arg('input', () => ExecutionInput) input: ExecutionInput,
  ): Promise<ExecutionType> {
    assertId(offeringId, 'offeringId');
    return service(ctx).publishExecution(offeringId, input);
  }

  @FieldResolver(() => [ThemeRefType], { description: 'Whole themes the owner claims.' })
  async claimedThemes(@Root() offering: OfferingType, @Ctx() ctx: RequestContext): Promise<ThemeRefType[]> {
    return themeRefs(ctx.loaders.offerings, await ctx.loaders.offerings.claimsByOfferingId.load(offering.id), 'theme');
  }

  @FieldResolver(() => [ThemeRefType], { description: 'Subthemes the owner claims.' })
  async claimedSubthemes(@Root() offering: OfferingType, @Ctx() ctx: RequestContext): Promise<ThemeRefType[]> {
    return themeRefs(ctx.loaders.offerings, await ctx.loaders.offerings.claimsByOfferingId.load(offering.id), 'subtheme');
  }

  @FieldResolver(() => [CertificationType], { description: 'Certification decisions, newest first.' })
  certifications(@Root() offering: OfferingType, @Ctx() ctx: RequestContext): Promise<CertificationType[]> {
    return ctx.loaders.offerings.certificationsByOfferingId.load(offering.id);
  }

  @FieldResolver(() => CertificationType, { nullable: true, description: 'The certification in force today, if any.' })
  async currentCertification(@Root() offering: OfferingType, @Ctx() ctx: RequestContext): Promise<CertificationType | null> {
    return certificationOn(await ctx.loaders.offerings.certificationsByOfferingId.load(offering.id), todayInAmsterdam(new Date()));
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the certified content is fixed today (a certification lasts until today or later): then only the price can change.',
  })
  async contentLocked(@Root() offering: OfferingType, @Ctx() ctx: RequestContext): Promise<boolean> {
    return isCertifiedContentLocked(await ctx.loaders.offerings.certificationsByOfferingId.load(offering.id), todayInAmsterdam(new Date()));
  }

  @FieldResolver(() => [ExecutionType], { description: 'Published executions, by start date.' })
  executions(@Root() offering: OfferingType, @Ctx() ctx: RequestContext): Promise<ExecutionType[]> {
    return ctx.loaders.offerings.executionsByOfferingId.load(offering.id);
  }

  @FieldResolver(() => String, { description: 'Name of the provider or board that owns the offering.' })
  async ownerName(@Root() offering: OfferingType, @Ctx() ctx: RequestContext): Promise<string> {
    const owner = offering.providerId
      ? await ctx.loaders.offerings.providerById.load(offering.providerId)
      : offering.boardId
        ? await ctx.loaders.offerings.boardById.load(offering.boardId)
        : null;
    return owner?.name ?? '';
  }
}

@Resolver(() => CertificationType)
export class CertificationResolver {
  @FieldResolver(() => [ThemeRefType], { description: 'Certified whole themes.' })
  async themes(@Root() certification: CertificationType, @Ctx() ctx: RequestContext): Promise<ThemeRefType[]> {
    return themeRefs(ctx.loaders.offerings, await ctx.loaders.offerings.scopesByCertificationId.load(certification.id), 'theme');
  }

  @FieldResolver(() => [ThemeRefType], { description: 'Certified subthemes.' })
  async subthemes(@Root() certification: CertificationType, @Ctx() ctx: RequestContext): Promise<ThemeRefType[]> {
    return themeRefs(ctx.loaders.offerings, await ctx.loaders.offerings.scopesByCertificationId.load(certification.id), 'subtheme');
  }
}
