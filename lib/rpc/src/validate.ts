/**
 * Input validation for requests and messages. Each check throws `InvalidArgument` naming the field, so a client
 * learns exactly what to fix. proto3 gives every field a default (""/0), so "missing" and "blank" are the same.
 */
import { InvalidArgument } from './errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const MAX_TEXT = 200;
export const MAX_LONG_TEXT = 2000;
/** Largest amount accepted for a price or payment (fits decimal(12,2) with room). */
export const MAX_MONEY = 1_000_000_000;

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

/** A non-blank string, trimmed, at most `max` characters. */
export function requiredText(value: unknown, field: string, max = MAX_TEXT): string {
  if (!isString(value)) throw new InvalidArgument(`${field} must be a string`, field);
  const v = value.trim();
  if (v === '') throw new InvalidArgument(`${field} cannot be blank`, field);
  if (v.length > max) throw new InvalidArgument(`${field} must be at most ${max} characters`, field);
  return v;
}

/** A possibly blank string, trimmed, at most `max` characters. */
export function optionalText(value: unknown, field: string, max = MAX_LONG_TEXT): string {
  if (value === undefined || value === null) return '';
  if (!isString(value)) throw new InvalidArgument(`${field} must be a string`, field);
  const v = value.trim();
  if (v.length > max) throw new InvalidArgument(`${field} must be at most ${max} characters`, field);
  return v;
}

/** A UUID (the format of every id the system issues). */
export function requiredId(value: unknown, field: string): string {
  if (!isString(value) || value.trim() === '') throw new InvalidArgument(`${field} cannot be blank`, field);
  const v = value.trim();
  if (!UUID.test(v)) throw new InvalidArgument(`${field} must be a UUID, got "${v.slice(0, 64)}"`, field);
  return v.toLowerCase();
}

export function optionalId(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return requiredId(value, field);
}

/** An amount of money: finite, within [min, MAX_MONEY], rounded to cents. */
export function money(value: unknown, field: string, opts: { min?: number; allowZero?: boolean } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new InvalidArgument(`${field} must be a finite number`, field);
  const min = opts.min ?? 0;
  if (value < min) throw new InvalidArgument(`${field} cannot be negative`, field);
  if (opts.allowZero === false && value === 0) throw new InvalidArgument(`${field} must be greater than zero`, field);
  if (value > MAX_MONEY) throw new InvalidArgument(`${field} must be at most ${MAX_MONEY}`, field);
  return Math.round(value * 100) / 100;
}

/** An integer in [min, max]. */
export function integer(value: unknown, field: string, opts: { min?: number; max?: number } = {}): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new InvalidArgument(`${field} must be an integer`, field);
  const min = opts.min ?? Number.MIN_SAFE_INTEGER;
  const max = opts.max ?? Number.MAX_SAFE_INTEGER;
  if (value < min)
    throw new InvalidArgument(min === 0 ? `${field} cannot be negative` : `${field} must be at least ${min}`, field);
  if (value > max) throw new InvalidArgument(`${field} must be at most ${max}`, field);
  return value;
}

/** A phone number for SMS: E.164-like, 7 to 15 digits with an optional leading +. Never echoed back. */
export function smsNumber(value: unknown, field: string): string {
  const v = requiredText(value, field, 32).replace(/[\s().-]/g, '');
  if (!/^\+?[0-9]{7,15}$/.test(v)) throw new InvalidArgument(`${field} must be a phone number of 7 to 15 digits`, field);
  return v;
}

/** A list with at most `max` elements. */
export function list<T>(value: unknown, field: string, max: number): T[] {
  if (!Array.isArray(value)) throw new InvalidArgument(`${field} must be a list`, field);
  if (value.length > max) throw new InvalidArgument(`${field} must have at most ${max} entries`, field);
  return value as T[];
}
