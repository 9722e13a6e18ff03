import { todayInAmsterdam } from '@srpo/domain';
import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { assertId } from '../../database/row-lock';
import type { Account } from '../accounts/account.entity';
import { Role } from '../accounts/role';
import { CertificationObjection } from './certification-objection.entity';
import { CertificationObjectionService } from './certification-objection.service';
import { CertificationObjectionConnectionType, CertificationObjectionType } from './certification-objection.types';
import { keysetPage, PageArgs, type KeysetOrder } from '../../shared/paging';

const OLDEST_FIRST: KeysetOrder = { direction: 'ASC', keys: [{ column: 'created_at' }, { column: 'id' }] };

function service(ctx: RequestContext): CertificationObjectionService {
  return new CertificationObjectionService(ctx.dataSource, ctx.account as Account, todayInAmsterdam(new Date()));
}

@Resolver(() => CertificationObjectionType)
export class CertificationObjectionResolver {
  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Query(() => CertificationObjectionConnectionType, { description: 'Objections against certification decisions still to decide (or all), oldest first.' })
  certificationObjections(
    @Ctx() ctx: RequestContext,
    @Arg('includeDecided', () => Boolean, { defaultValue: false }) includeDecided: boolean,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<CertificationObjectionConnectionType> {
    const query = ctx.dataSource.getRepository(CertificationObjection).createQueryBuilder('objection');
    if (!includeDecided) query.where("objection.status = 'FILED'");
    return keysetPage(query, OLDEST_FIRST, page);
  }

  @Authorized(Role.PROVIDER, Role.BOARD)
  @Mutation(() => CertificationObjectionType, { description: "Objects to a certification decision on one's own offering, within six weeks." })
  fileCertificationObjection(
    @Ctx() ctx: RequestContext,
    @Arg('certificationId', () => ID) certificationId: string,
    @Arg('grounds', () => String) grounds: string,
  ): Promise<CertificationObjectionType> {
    assertId(certificationId, 'certificationId');
    return service(ctx).file(certificationId, grounds);
  }

  @Authorized(Role.STAFF, Role.COMMITTEE)
  @Mutation(() => CertificationObjectionType, { description: 'Upholds (the offering is assessed again) or dismisses an objection, with reasons.' })
  decideCertificationObjection(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('upheld', () => Boolean) upheld: boolean,
    @Arg('reasons', () => String) reasons: string,
  ): Promise<CertificationObjectionType> {
    assertId(id, 'id');
    return service(ctx).decide(id, version, upheld, reasons);
  }
}
