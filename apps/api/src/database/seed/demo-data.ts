import type { CalendarDate } from '@srpo/domain';
import { Role } from '../../modules/accounts/role';
import { createRandom } from './random';


const CITIES = [
  'Amsterdam', 'Rotterdam', 'Utrecht', 'Den Haag', 'Eindhoven', 'Groningen', 'Zwolle', 'Arnhem', 'Nijmegen',
  'Tilburg', 'Breda', 'Leeuwarden', 'Maastricht', 'Enschede', 'Apeldoorn', 'Amersfoort', 'Haarlem', 'Leiden',
  'Delft', 'Assen', 'Emmen', 'Lelystad', 'Middelburg', 'Venlo', 'Deventer', 'Alkmaar', 'Hilversum', 'Gouda',
  'Dordrecht', 'Helmond',
];
const BOARD_KINDS = ['Stichting', 'Vereniging', 'Stichting Openbaar Onderwijs', 'Stichting Katholiek Onderwijs', 'Stichting Christelijk Primair Onderwijs'];
const SCHOOL_NAMES = [
  'De Regenboog', 'De Wegwijzer', 'Het Kompas', 'De Vlinder', 'De Zonnewijzer', 'Het Palet', 'De Springplank',
  'De Klimop', 'Kindcentrum De Horizon', 'De Fontein', 'Het Anker', 'De Windroos', 'De Notenkraker', 'Montessorischool',
  'Daltonschool De Poort', 'Jenaplanschool Wereldwijs', 'De Meander', 'De Ster', 'Het Baken', 'De Vuurtoren',
];

export interface DemoBoard {
  boardNumber: string;
  name: string;
  city: string;
  schools: { brin: string; name: string; city: string }[];
}

function buildBoards(count: number): DemoBoard[] {
  const random = createRandom(2018);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  let brinSequence = 10;
  return Array.from({ length: count }, (_, index) => {
    const city = CITIES[index % CITIES.length] as string;
    const schoolCount = 2 + Math.floor(random() * 5);
    return {
      boardNumber: String(40000 + index * 37).padStart(5, '0'),
      name: `${pick(BOARD_KINDS)} ${city}${index >= CITIES.length ? ' e.o.' : ''}`,
      city,
      schools: Array.from({ length: schoolCount }, () => {
        const sequence = brinSequence++;
        const letters = String.fromCharCode(65 + (sequence % 26)) + String.fromCharCode(65 + Math.floor(sequence / 26) % 26);
        return { brin: `${String(sequence % 100).padStart(2, '0')}${letters}`, name: pick(SCHOOL_NAMES), city };
      }),
    };
  });
}

/** 30 boards in 30 cities, each with 2–6 schools. */
export const DEMO_BOARDS: readonly DemoBoard[] = buildBoards(30);

/** Example subthemes (deelthema's) so the catalogue shows how subthemes complete a theme. */
export const DEMO_SUBTHEMES: readonly { themeCode: string; code: string; name: string; validFrom: CalendarDate }[] = [
  { themeCode: '4', code: '4.1', name: 'Onderzoekend vermogen en data gebruiken', validFrom: '2014-01-01' as CalendarDate },
  { themeCode: '4', code: '4.2', name: 'Kwaliteitszorg en verantwoording', validFrom: '2014-01-01' as CalendarDate },
  { themeCode: '6', code: '6.1', name: 'Veranderprocessen ontwerpen en begeleiden', validFrom: '2014-01-01' as CalendarDate },
  { themeCode: '6', code: '6.2', name: 'Teamontwikkeling en professionele cultuur', validFrom: '2014-01-01' as CalendarDate },
  { themeCode: '6', code: '6.3', name: 'Weerstand en draagvlak', validFrom: '2014-01-01' as CalendarDate },
];

/** Enrolled leaders in the demo register (about nine in ten registered). */
export const DEMO_LEADER_COUNT = 260;

/** Demo only: every demo account signs in with this password (README). */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export const DEMO_ACCOUNTS: readonly { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'medewerker@demo.srpo.nl', displayName: 'Sanne de Medewerker', roles: [Role.STAFF] },
  { email: 'commissie@demo.srpo.nl', displayName: 'Karel Commissielid', roles: [Role.COMMITTEE] },
  { email: 'schoolleider@demo.srpo.nl', displayName: 'Fatima el Amrani', roles: [Role.LEADER] },
  { email: 'aanvrager@demo.srpo.nl', displayName: 'Nieuwe schoolleider', roles: [Role.LEADER] },
  { email: 'bestuur@demo.srpo.nl', displayName: 'Bestuursbureau Demo', roles: [Role.BOARD] },
  { email: 'aanbieder@demo.srpo.nl', displayName: 'Opleider Demo', roles: [Role.PROVIDER] },
  { email: 'beoordelaar@demo.srpo.nl', displayName: 'Assessor Demo', roles: [Role.ASSESSOR] },
  { email: 'beoordelaar2@demo.srpo.nl', displayName: 'Bram Tweede Beoordelaar', roles: [Role.ASSESSOR] },
];
