import { parseCalendarDate, type CalendarDate } from '@srpo/domain';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parse(value: unknown): CalendarDate {
  const date = typeof value === 'string' ? parseCalendarDate(value) : null;
  if (!date) {
    throw new GraphQLError(`Ongeldige datum: verwacht JJJJ-MM-DD, bijvoorbeeld 2026-08-01.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return date;
}

/** A calendar date without time or time zone, as `YYYY-MM-DD`; the register's rules work on days. */
export const DateScalar = new GraphQLScalarType<CalendarDate, string>({
  name: 'Date',
  description: 'A calendar date without time or time zone, formatted YYYY-MM-DD (e.g. "2026-08-01").',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) return parse(undefined);
    return parse(ast.value);
  },
});
