import { companyKey, isValidEmail, normaliseDomain, normaliseEmail, normaliseName, normalisePhone } from '../../../src/crm/quality/normalise';

describe('normalising values on the way in', () => {
  it('trims and lower-cases e-mails and refuses invalid ones', () => {
    expect(normaliseEmail('  Ann.Lee@ACME.com ')).toBe('ann.lee@acme.com');
    expect(normaliseEmail('ann@@acme')).toBeNull();
    expect(normaliseEmail('   ')).toBeNull();
    expect(normaliseEmail(null)).toBeNull();
    expect(isValidEmail('x@y.io')).toBe(true);
    expect(isValidEmail('nope')).toBe(false);
  });

  it('writes phones as E.164, reading national numbers in the default region', () => {
    for (const raw of ['(415) 555-2671', '415.555.2671', '4155552671', '+1 415 555 2671', '1-415-555-2671']) {
      expect(normalisePhone(raw)).toBe('+14155552671');
    }
    expect(normalisePhone('138 0013 8000', 'CN')).toBe('+8613800138000');
    expect(normalisePhone('+49 711 4174287')).toBe('+497114174287');
    expect(normalisePhone('12')).toBeNull();
    expect(normalisePhone('')).toBeNull();
    expect(normalisePhone(undefined)).toBeNull();
  });

  it('collapses whitespace in names and strips scheme, www and path from domains', () => {
    expect(normaliseName('  Acme \n  Inc ')).toBe('Acme Inc');
    expect(normaliseName(' ')).toBeNull();
    expect(normaliseName(null)).toBeNull();
    expect(normaliseDomain('https://www.Acme.com/about')).toBe('acme.com');
    expect(normaliseDomain('')).toBeNull();
    expect(normaliseDomain(undefined)).toBeNull();
  });

  it('keys company names without legal forms or punctuation, in English and Chinese', () => {
    expect(companyKey('Acme, Inc.')).toBe('acme');
    expect(companyKey('Xochitl Partners SA de CV')).toBe('xochitl partners');
    expect(companyKey('Kalinga Analytics Pvt Ltd')).toBe('kalinga analytics');
    expect(companyKey('华为技术有限公司')).toBe('华为技术');
    expect(companyKey('Wiesental Brands AG')).toBe(companyKey('wiesental brands'));
  });
});
