/**
 * A small validator for the JSON Schema subset in schema-types.ts. It reports every problem with the
 * path of the value ("hotlines[2].channels[0].value") and the reason in plain words.
 */
import type { Schema } from './schema-types.js';
import { isIsoDate, isIsoDateOrMonth } from '../safety/date.js';

export interface ValidationProblem {
  path: string;
  reason: string;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
  return typeof value;
}

function describe(value: unknown): string {
  const t = typeOf(value);
  if (t === 'string') return `"${String(value).slice(0, 40)}"`;
  if (t === 'number' || t === 'integer' || t === 'boolean') return String(value);
  return t;
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

const patterns = new Map<string, RegExp>();
function regex(source: string): RegExp {
  let re = patterns.get(source);
  if (!re) {
    re = new RegExp(source);
    patterns.set(source, re);
  }
  return re;
}

/** Validate `value` against `schema`, adding to `problems`. */
export function validate(value: unknown, schema: Schema, path = '', problems: ValidationProblem[] = []): ValidationProblem[] {
  const at = path || '(root)';
  const actual = typeOf(value);
  if (schema.type) {
    const ok = schema.type === actual || (schema.type === 'number' && actual === 'integer');
    if (!ok) {
      problems.push({ path: at, reason: `must be ${schema.type === 'integer' ? 'a whole number' : `a ${schema.type}`}, got ${describe(value)}` });
      return problems;
    }
  }
  if (schema.enum && !schema.enum.includes(value as string)) {
    problems.push({ path: at, reason: `must be one of ${schema.enum.join(', ')}, got ${describe(value)}` });
  }
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.trim().length < schema.minLength) {
      problems.push({ path: at, reason: schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters` });
    }
    if (schema.maxLength !== undefined && value.length > schema.maxLength) {
      problems.push({ path: at, reason: `must be at most ${schema.maxLength} characters (has ${value.length})` });
    }
    if (schema.format === 'date' && !isIsoDate(value)) {
      problems.push({ path: at, reason: `must be a date written YYYY-MM-DD, got ${describe(value)}` });
    } else if (schema.format === 'date-or-month' && !isIsoDateOrMonth(value)) {
      problems.push({ path: at, reason: `must be a date written YYYY-MM-DD, or YYYY-MM when the source gives no day, got ${describe(value)}` });
    } else if (schema.pattern && !regex(schema.pattern).test(value)) {
      problems.push({ path: at, reason: `has an invalid format: ${describe(value)}` });
    }
  }
  if (typeof value === 'number') {
    if (!isFinite(value)) problems.push({ path: at, reason: 'must be a finite number' });
    if (schema.minimum !== undefined && value < schema.minimum) problems.push({ path: at, reason: `must be ≥ ${schema.minimum}, got ${value}` });
    if (schema.maximum !== undefined && value > schema.maximum) problems.push({ path: at, reason: `must be ≤ ${schema.maximum}, got ${value}` });
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      problems.push({ path: at, reason: schema.minItems === 1 ? 'must not be empty' : `must have at least ${schema.minItems} items` });
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      problems.push({ path: at, reason: `must have at most ${schema.maxItems} items (has ${value.length})` });
    }
    if (schema.items) value.forEach((item, i) => validate(item, schema.items as Schema, join(path, i), problems));
  }
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (record[key] === undefined) problems.push({ path: join(path, key), reason: 'is required' });
    }
    for (const key of Object.keys(record)) {
      const child = schema.properties?.[key];
      if (child) validate(record[key], child, join(path, key), problems);
      else if (schema.propertyNames && !regex(schema.propertyNames.pattern).test(key)) {
        problems.push({ path: join(path, key), reason: 'is not an allowed name here' });
      } else if (schema.additionalProperties === false) {
        problems.push({ path: join(path, key), reason: 'is not a known field (check the spelling)' });
      } else if (typeof schema.additionalProperties === 'object') {
        validate(record[key], schema.additionalProperties, join(path, key), problems);
      }
    }
  }
  return problems;
}
