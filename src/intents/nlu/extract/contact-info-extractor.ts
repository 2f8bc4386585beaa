import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

// starts only where a run of address characters starts, so a long word cannot make it quadratic
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}\b/g;
// a run that looks like a phone number; libphonenumber decides whether it is one
const PHONE_RUN = /(?<![\w#$€£¥:/.-])(?:\+|00)?\(?\d[\d\s().\-–]{5,20}\d(?![\w%:/])/g;

export function findEmails(text: string): Array<{ value: string; index: number; end: number }> {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({ value: m[0].toLowerCase(), index: m.index, end: m.index + m[0].length }));
}

/** Phone numbers in E.164; numbers without a country code are read in `region`. */
export function findPhones(text: string, region: string): Array<{ value: string; index: number; end: number }> {
  const masked = text.includes('@') ? text.replace(EMAIL, (e) => ' '.repeat(e.length)) : text;
  const out: Array<{ value: string; index: number; end: number }> = [];
  for (const m of masked.matchAll(PHONE_RUN)) {
    const raw = m[0].trim();
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // ranges of times or dates are not phone numbers
    if (/^\d{1,2}[.:]\d{2}\s*[-–]/.test(raw) || /^(19|20)\d{2}[-.]\d{1,2}[-.]\d{1,2}$/.test(raw)) continue;
    const intl = raw.startsWith('00') ? `+${raw.slice(2)}` : raw;
    const n = parsePhoneNumberFromString(intl, (region || 'US') as CountryCode);
    if (!n || !(n.isValid() || n.isPossible())) continue;
    out.push({ value: n.number, index: m.index, end: m.index + m[0].length });
  }
  return out;
}
