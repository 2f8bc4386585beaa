import { z } from 'zod';
import { normaliseDomain, normaliseEmail, normaliseName, normalisePhone } from '../quality/normalise';

/**
 * zod building blocks shared by the per-type line schemas. A field that is absent stays absent
 * (so a re-import leaves it alone), an explicit null clears it, and every message says what a
 * person should fix.
 */
const NUL = /\u0000/g; // PostgreSQL text cannot hold NUL; it only ever arrives by accident

const str = (what = 'a string') =>
  z.string({ error: (iss) => (iss.input === undefined ? 'is required' : `must be ${what}`) });

const scalar = () =>
  z.union([z.string(), z.number()], {
    error: (iss) => (iss.input === undefined ? 'is required' : 'must be a string'),
  });

/** An identifier from the source system; numbers are accepted and read as text. */
export const externalId = () =>
  scalar()
    .transform((v) => String(v).replace(NUL, '').trim())
    .pipe(z.string().min(1, 'must not be empty').max(200, 'is longer than 200 characters'));

/** A reference to another line's external_id; null means "none". */
export const ref = () =>
  scalar()
    .nullish()
    .transform((v) => (v == null ? v : String(v).replace(NUL, '').trim() || null));

/** A one-line name or subject: whitespace collapsed, required. */
export const requiredName = (max = 500) =>
  str()
    .transform((v) => normaliseName(v.replace(NUL, '')) ?? '')
    .pipe(z.string().min(1, 'must not be empty').max(max, `is longer than ${max} characters`));

/** Optional one-line text ('' counts as none). */
export const optionalName = (max = 500) =>
  str()
    .nullish()
    .transform((v) => (v == null ? v : normaliseName(v.replace(NUL, ''))))
    .refine((v) => v == null || v.length <= max, `is longer than ${max} characters`);

/** Optional free text: line breaks kept, ends trimmed. */
export const optionalText = (max = 100_000) =>
  str()
    .nullish()
    .transform((v) => (v == null ? v : v.replace(NUL, '').trim() || null))
    .refine((v) => v == null || v.length <= max, `is longer than ${max} characters`);

const ISO_TS = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?))?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (v: string) => {
  const d = new Date(v.slice(0, 10) + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v.slice(0, 10);
};

/** A moment with its offset (a bare date means midnight UTC). */
export const timestamp = () =>
  str('an ISO 8601 timestamp')
    .nullish()
    .transform((v) => (v == null ? v : v.trim() || null))
    .refine(
      (v) => v == null || (ISO_TS.test(v) && validDay(v) && !Number.isNaN(Date.parse(ISO_DATE.test(v) ? v + 'T00:00:00Z' : v))),
      'must be an ISO 8601 timestamp with a time zone, such as 2025-01-31T09:00:00Z',
    )
    .transform((v) => (v != null && ISO_DATE.test(v) ? `${v}T00:00:00Z` : v));

/** A calendar day. */
export const day = () =>
  str('a date')
    .nullish()
    .transform((v) => (v == null ? v : v.trim() || null))
    .refine((v) => v == null || (ISO_DATE.test(v) && validDay(v)), 'must be a date such as 2025-01-31');

/** One of a fixed set, case-insensitive; aliases map other spellings (e.g. "p1" → "urgent"). */
export const oneOf = <T extends string>(values: readonly T[], aliases: Record<string, T> = {}) => {
  const lowerAliases = new Map(Object.entries(aliases).map(([k, v]) => [k.toLowerCase(), v]));
  return str()
    .nullish()
    .transform((v, ctx) => {
      if (v == null) return v;
      const k = v.trim().toLowerCase();
      const hit = (values as readonly string[]).includes(k) ? (k as T) : lowerAliases.get(k);
      if (hit) return hit;
      ctx.addIssue({ code: 'custom', message: `"${v}" is not one of ${values.join(', ')}` });
      return z.NEVER;
    });
};

export const email = () =>
  str()
    .nullish()
    .transform((v, ctx) => {
      if (v == null || !v.trim()) return v == null ? v : null;
      const e = normaliseEmail(v);
      if (e) return e;
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a valid email address` });
      return z.NEVER;
    });

/** E.164; numbers without a country code are read in the import's default region. */
export const phone = (region: string) =>
  scalar()
    .nullish()
    .transform((v, ctx) => {
      if (v == null || !String(v).trim()) return v == null ? v : null;
      const p = normalisePhone(String(v), region);
      if (p) return p;
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a valid phone number (read with default region ${region})` });
      return z.NEVER;
    });

const DOMAIN = /^(?=.{3,253}$)[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;
export const domain = () =>
  str()
    .nullish()
    .transform((v, ctx) => {
      if (v == null || !v.trim()) return v == null ? v : null;
      const d = normaliseDomain(v);
      if (d && DOMAIN.test(d)) return d;
      ctx.addIssue({ code: 'custom', message: `"${v}" is not a domain name such as example.com` });
      return z.NEVER;
    });

/** Money in major units; numeric strings ("25000.50") are accepted. */
export const amount = () =>
  z
    .union([z.number(), z.string()], { error: 'must be a number' })
    .nullish()
    .transform((v, ctx) => {
      if (v == null || v === '') return v == null ? v : null;
      const n = typeof v === 'number' ? v : Number(v.replace(/[,\s]/g, ''));
      if (Number.isFinite(n) && n >= 0 && n < 1e14) return Math.round(n * 100) / 100;
      ctx.addIssue({ code: 'custom', message: `"${v}" is not an amount between 0 and 10^14` });
      return z.NEVER;
    });

export const currency = () =>
  str()
    .nullish()
    .transform((v) => (v == null ? v : v.trim().toUpperCase() || null))
    .refine((v) => v == null || /^[A-Z]{3}$/.test(v), 'must be a three-letter ISO 4217 code such as USD');

export const minutes = () =>
  z
    .number({ error: 'must be a whole number of minutes' })
    .int('must be a whole number of minutes')
    .min(0, 'must not be negative')
    .max(100_000, 'is too long')
    .nullish();
