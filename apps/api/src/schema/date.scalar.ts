import { isAfter, isBefore, parseCalendarDate, type CalendarDate } from '@srpo/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** The dates the register accepts as input: nothing it records lies outside them (DESIGN §6: sane ranges). */
export const EARLIEST_INPUT_DATE = '1900-01-01' as CalendarDate;
export const LATEST_INPUT_DATE = '2100-12-31' as CalendarDate;

function refuse(message: string, reason: 'INVALID_DATE' | 'DATE_OUT_OF_RANGE'): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason } });
}

function parseDate(value: unknown): CalendarDate {
  const date = typeof value === 'string' && value.length === 10 ? parseCalendarDate(value) : null;
  if (!date) return refuse('Ongeldige datum: verwacht JJJJ-MM-DD, bijvoorbeeld 2026-08-01.', 'INVALID_DATE');
  return date;
}

/** Input: a real date within 1900-01-01 … 2100-12-31. */
function parseInput(value: unknown): CalendarDate {
  const date = parseDate(value);
  if (isBefore(date, EARLIEST_INPUT_DATE) || isAfter(date, LATEST_INPUT_DATE)) {
    refuse('De datum moet tussen 1 januari 1900 en 31 december 2100 liggen.', 'DATE_OUT_OF_RANGE');
  }
  return date;
}

/** A calendar date without time or time zone, as `YYYY-MM-DD`; the register's rules work on days. */
export const DateScalar = new GraphQLScalarType<CalendarDate, string>({
  name: 'Date',
  description: 'A calendar date without time or time zone, formatted YYYY-MM-DD (e.g. "2026-08-01"); input between 1900-01-01 and 2100-12-31.',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseInput(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) return parseInput(undefined);
    return parseInput(ast.value);
  },
});
