/**
 * Masks emails, card numbers and phone numbers before text leaves for an external model, and puts
 * them back in what the model returns. One masker per model call, so the same address gets the
 * same placeholder in every chunk and snippet of that call.
 *
 * Phone detection is a deliberate over-match (any run of 10+ digits, or 7+ digits written with
 * phone separators) rather than libphonenumber's validity check: a masking step should hide a
 * number it is unsure of, and a transcript does not say which country a number belongs to.
 */
export type PiiKind = 'EMAIL' | 'CARD' | 'PHONE';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const CARD = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;
const PHONE = /(?<![\w$€£¥￥.,])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,5}){1,4}(?![\w%‰万元块])/g;
const PLACEHOLDER = /\[(EMAIL|CARD|PHONE)_(\d+)\]/g;
const ISO_DATE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;

/** The Luhn checksum that every payment card number passes. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function looksLikePhone(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15 || ISO_DATE.test(raw.trim())) return false;
  const separated = /^\+|[\s().-]/.test(raw.trim());
  return digits.length >= 10 || separated;
}

export class PiiMasker {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counts: Record<PiiKind, number> = { EMAIL: 0, CARD: 0, PHONE: 0 };

  /** How many distinct values of each kind were masked. */
  get masked(): Readonly<Record<PiiKind, number>> {
    return this.counts;
  }

  private placeholder(kind: PiiKind, value: string): string {
    const key = `${kind}:${value}`;
    let p = this.byValue.get(key);
    if (!p) {
      p = `[${kind}_${++this.counts[kind]}]`;
      this.byValue.set(key, p);
      this.byPlaceholder.set(p, value);
    }
    return p;
  }

  mask(text: string): string {
    return text
      .replace(EMAIL, (m) => this.placeholder('EMAIL', m))
      .replace(CARD, (m) => (luhn(m.replace(/\D/g, '')) ? this.placeholder('CARD', m) : m))
      .replace(PHONE, (m) => {
        const trimmed = m.trim();
        return looksLikePhone(trimmed) ? m.replace(trimmed, this.placeholder('PHONE', trimmed)) : m;
      });
  }

  /** Puts the original values back into every string of a model result. */
  restore<T>(value: T): T {
    if (typeof value === 'string') {
      return value.replace(PLACEHOLDER, (p) => this.byPlaceholder.get(p) ?? p) as T;
    }
    if (Array.isArray(value)) return value.map((v) => this.restore(v)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.restore(v)])) as T;
    }
    return value;
  }
}
