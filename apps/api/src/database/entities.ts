import { Account } from '../modules/accounts/account.entity';
import { Session } from '../modules/accounts/session.entity';
import { Board } from '../modules/organisations/board.entity';
import { School } from '../modules/organisations/school.entity';
import { Subtheme } from '../modules/themes/subtheme.entity';
import { Theme } from '../modules/themes/theme.entity';

export const entities = [Theme, Subtheme, Board, School, Account, Session];
