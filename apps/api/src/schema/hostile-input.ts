import {
  defaultFieldResolver,
  getNullableType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { AppError } from '../http/errors';

/**
 * One guard for every text that reaches a resolver (DESIGN §6: hostile input): NUL and other C0 control
 * characters except tab and line breaks, unpaired UTF-16 surrogates, and texts longer than their limit
 * are refused with BAD_USER_INPUT before any resolver (or PostgreSQL) sees them. It wraps the resolver of
 * every field that takes a text argument, nested input objects and lists included, so a new argument is
 * covered without anyone remembering it.
 */

/** The limit for any text argument or input field without a larger one below. */
export const DEFAULT_MAX_TEXT_LENGTH = 1_000;
/** The limit for long free texts: motivations, reasons, notes, descriptions. */
export const LONG_TEXT_MAX_LENGTH = 10_000;

/** Argument and input-field names that hold long free text (the limit follows the name, wherever it appears). */
export const LONG_TEXT_NAMES: ReadonlySet<string> = new Set([
  // A verifiable credential pasted for verification (a JWT of about 2,000 characters).
  'credential',
  'description',
  'exceptionJustification',
  'feedback',
  'grounds',
  'leaderNote',
  'message',
  'motivation',
  'reason',
  'reasons',
  // A peer-validation closing reflection.
  'text',
]);

export function maxLengthFor(name: string): number {
  return LONG_TEXT_NAMES.has(name) ? LONG_TEXT_MAX_LENGTH : DEFAULT_MAX_TEXT_LENGTH;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const UNPAIRED_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether a text holds a character the register never stores (NUL and other control characters, lone surrogates). */
export function hasForbiddenCharacter(text: string): boolean {
  return CONTROL.test(text) || UNPAIRED_SURROGATE.test(text);
}

/** Refuses `text` (shown to the client as `field`) when it is hostile or too long. */
export function assertAcceptableText(text: string, field: string, maxLength: number): void {
  if (hasForbiddenCharacter(text)) {
    throw new AppError('BAD_USER_INPUT', `Het veld ‘${field}’ bevat een teken dat niet is toegestaan (zoals een NUL-teken of een losse surrogaat).`, {
      reason: 'FORBIDDEN_CHARACTER',
      field,
    });
  }
  if (text.length > maxLength) {
    throw new AppError('BAD_USER_INPUT', `Het veld ‘${field}’ is te lang: hoogstens ${maxLength.toLocaleString('nl-NL')} tekens.`, {
      reason: 'TEXT_TOO_LONG',
      field,
      maxLength,
    });
  }
}

/** Checks one value at `path`; built once per argument from its type. */
type Check = (value: unknown, path: string) => void;

const NUMERIC_SCALARS = new Set(['Int', 'Float', 'Boolean']);

/** Any string anywhere in a value of an unknown custom scalar (e.g. JSON). */
function checkDeep(value: unknown, path: string, maxLength: number): void {
  if (typeof value === 'string') assertAcceptableText(value, path, maxLength);
  else if (Array.isArray(value)) value.forEach((item, index) => checkDeep(item, `${path}[${index}]`, maxLength));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      assertAcceptableText(key, path, DEFAULT_MAX_TEXT_LENGTH);
      checkDeep(item, `${path}.${key}`, maxLength);
    }
  }
}

function checkerFor(type: GraphQLInputType, name: string, inputChecks: Map<string, Check | null>): Check | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = checkerFor(nullable.ofType, name, inputChecks);
    if (!item) return null;
    return (value, path) => {
      if (Array.isArray(value)) value.forEach((entry, index) => item(entry, `${path}[${index}]`));
      else item(value, path);
    };
  }
  if (isScalarType(nullable)) {
    if (NUMERIC_SCALARS.has(nullable.name)) return null;
    const maxLength = maxLengthFor(name);
    return (value, path) => checkDeep(value, path, maxLength);
  }
  if (isInputObjectType(nullable)) {
    if (inputChecks.has(nullable.name)) {
      // Known (or being built, for recursive inputs): look it up when called.
      return (value, path) => inputChecks.get(nullable.name)?.(value, path);
    }
    inputChecks.set(nullable.name, null);
    const fields = Object.values(nullable.getFields()).flatMap((field) => {
      const check = checkerFor(field.type, field.name, inputChecks);
      return check ? [{ name: field.name, check }] : [];
    });
    const check: Check | null = fields.length
      ? (value, path) => {
          if (!value || typeof value !== 'object') return;
          for (const field of fields) {
            const fieldValue = (value as Record<string, unknown>)[field.name];
            if (fieldValue !== undefined && fieldValue !== null) field.check(fieldValue, `${path}.${field.name}`);
          }
        }
      : null;
    inputChecks.set(nullable.name, check);
    return check;
  }
  return null; // enums: graphql-js already refuses anything else
}

function guardField(field: GraphQLField<unknown, unknown>, inputChecks: Map<string, Check | null>): boolean {
  const checks = field.args.flatMap((arg) => {
    const check = checkerFor(arg.type, arg.name, inputChecks);
    return check ? [{ name: arg.name, check }] : [];
  });
  if (checks.length === 0) return false;
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    for (const { name, check } of checks) {
      const value = args[name];
      if (value !== undefined && value !== null) check(value, name);
    }
    return resolve(source, args, context, info);
  };
  return true;
}

/**
 * Wraps, in place, the resolver of every field with a text argument so hostile or oversized text is
 * refused before the resolver runs; returns the schema and the guarded fields' coordinates.
 */
export function guardTextArguments(schema: GraphQLSchema): { schema: GraphQLSchema; guarded: string[] } {
  const inputChecks = new Map<string, Check | null>();
  const guarded: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (guardField(field, inputChecks)) guarded.push(`${type.name}.${field.name}`);
    }
  }
  return { schema, guarded };
}
