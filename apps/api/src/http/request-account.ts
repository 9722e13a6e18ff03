import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Account } from '../modules/accounts/account.entity';
import { AccountService } from '../modules/accounts/account.service';
import { sessionToken } from './session-cookie';

/** The signed-in account of a plain HTTP request (file routes), or null. */
export async function accountFromRequest(req: IncomingMessage, dataSource: DataSource): Promise<Account | null> {
  const token = sessionToken(req);
  return token ? new AccountService(dataSource).accountForSession(token) : null;
}
