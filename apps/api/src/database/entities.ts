import { Board } from '../modules/organisations/board.entity';
import { School } from '../modules/organisations/school.entity';
import { Subtheme } from '../modules/themes/subtheme.entity';
import { Theme } from '../modules/themes/theme.entity';

export const entities = [Theme, Subtheme, Board, School];
