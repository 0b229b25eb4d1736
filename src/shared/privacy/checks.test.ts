import { describe, expect, it } from 'vitest';
import { isValidBsn, isValidIban } from './checks.js';

describe('the 11-proof of a BSN', () => {
  it('accepts numbers that pass it', () => {
    for (const bsn of ['123456782', '226315319', '025669813', '111222333']) {
      expect(isValidBsn(bsn), bsn).toBe(true);
    }
  });

  it('rejects numbers that fail it, all zeros, and anything that is not nine digits', () => {
    for (const bad of [
      '123456789',
      '123456783',
      '000000000',
      '12345678',
      '1234567820',
      '12345678a',
    ]) {
      expect(isValidBsn(bad), bad).toBe(false);
    }
  });
});

describe('the mod-97 check of an IBAN', () => {
  it('accepts valid IBANs of several countries, in either case', () => {
    for (const iban of [
      'NL91ABNA0417164300',
      'nl91abna0417164300',
      'BE68539007547034',
      'DE89370400440532013000',
      'GB29NWBK60161331926819',
      'FR1420041010050500013M02606',
      'TR330006100519786457841326',
      'PL61109010140000071219812874',
    ]) {
      expect(isValidIban(iban), iban).toBe(true);
    }
  });

  it('rejects a wrong check digit, a wrong length for the country, and garbage', () => {
    for (const bad of [
      'NL91ABNA0417164301',
      'NL91ABNA041716430',
      'BE6853900754703',
      'NL',
      'XX00',
    ]) {
      expect(isValidIban(bad), bad).toBe(false);
    }
  });

  it('rejects two letters that are no IBAN country, even when mod-97 happens to hold', () => {
    // Found by the property test: a phone number after "AB" passed as an IBAN.
    expect(isValidIban('AB0306406540')).toBe(false);
  });
});
