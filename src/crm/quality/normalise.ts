import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { z } from 'zod';

/** Data quality on the way in: one normal form per value, so duplicates can be found by equality. */
export function normaliseEmail(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const v = raw.trim().toLowerCase();
  if (!v) return null;
  return z.email().safeParse(v).success ? v : null;
}

export function isValidEmail(raw: string): boolean {
  return normaliseEmail(raw) !== null;
}

/** E.164, reading numbers without a country code in the default region. */
export function normalisePhone(raw: string | null | undefined, region = 'US'): string | null {
  if (raw == null) return null;
  const v = String(raw).trim();
  if (!v) return null;
  const n = parsePhoneNumberFromString(v, region as CountryCode);
  return n && n.isValid() ? n.number : null;
}

export function normaliseName(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const v = raw.replace(/\s+/g, ' ').trim();
  return v || null;
}

export function normaliseDomain(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const v = raw.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  return v || null;
}

/** A company name without legal forms and punctuation, for matching ("Acme, Inc." ~ "acme"). */
const LEGAL_FORMS =
  /\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|kg|sa|s\.a|sas|sarl|srl|spa|bv|nv|oy|ab|as|kk|k\.k|pty|pte|pvt|group|holdings|sa de cv|de cv|ltda|s\.a\.)\b\.?/gi;
const ZH_LEGAL = /(股份有限公司|有限责任公司|有限公司|集团|公司)$/;

export function companyKey(name: string): string {
  return name
    .toLowerCase()
    .replace(ZH_LEGAL, '')
    .replace(LEGAL_FORMS, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
