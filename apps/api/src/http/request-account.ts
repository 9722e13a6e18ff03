import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Account } from '../modules/accounts/account.entity';
import { AccountService } from '../modules/accounts/account.service';
import { sessionCookie } from './session-cookie';

/** The signed-in account of a plain HTTP request (file routes), or null. */
export async function accountFromRequest(req: IncomingMessage, res: ServerResponse, dataSource: DataSource): Promise<Account | null> {
  const { token } = sessionCookie(req, res);
  return token ? new AccountService(dataSource).accountForSession(token) : null;
}
