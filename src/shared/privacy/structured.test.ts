import { describe, expect, it } from 'vitest';
import { type Category, detectPersonalData } from './index.js';

const of = (text: string, category: Category) =>
  detectPersonalData(text)
    .filter((f) => f.category === category)
    .map((f) => f.text);

describe('BSN', () => {
  it('finds nine digits that pass the 11-proof, written together, with dots or with spaces', () => {
    expect(of('BSN 123456782.', 'bsn')).toEqual(['123456782']);
    expect(of('bsn: 1234.56.782', 'bsn')).toEqual(['1234.56.782']);
    expect(of('BSN 123.456.782 van moeder', 'bsn')).toEqual(['123.456.782']);
    expect(of('burgerservicenummer 123 456 782', 'bsn')).toEqual(['123 456 782']);
    expect(of('(025669813)', 'bsn')).toEqual(['025669813']);
  });

  it('ignores nine digits that fail the 11-proof', () => {
    expect(of('dossiernummer 123456789', 'bsn')).toEqual([]);
    expect(of('BSN 123.456.783', 'bsn')).toEqual([]);
  });

  it('ignores a valid 11-proof inside a longer number, an amount or a word', () => {
    expect(of('factuur 1234567820', 'bsn')).toEqual([]);
    expect(of('nr 91234567825', 'bsn')).toEqual([]);
    expect(of('ref A123456782', 'bsn')).toEqual([]);
    expect(of('1.123456782', 'bsn')).toEqual([]);
  });

  it('mixing dots and spaces is not one number', () => {
    expect(of('1234.56 782', 'bsn')).toEqual([]);
  });
});

describe('IBAN', () => {
  it('finds valid IBANs with and without spaces, in upper and lower case', () => {
    expect(of('op NL91ABNA0417164300.', 'iban')).toEqual(['NL91ABNA0417164300']);
    expect(of('rekening NL91 ABNA 0417 1643 00 van moeder', 'iban')).toEqual([
      'NL91 ABNA 0417 1643 00',
    ]);
    expect(of('nl91abna0417164300', 'iban')).toEqual(['nl91abna0417164300']);
    expect(of('NL 91 ABNA 0417 1643 00', 'iban')).toEqual(['NL 91 ABNA 0417 1643 00']);
  });

  it('finds IBANs of other countries', () => {
    expect(of('BE68 5390 0754 7034', 'iban')).toEqual(['BE68 5390 0754 7034']);
    expect(of('DE89 3704 0044 0532 0130 00', 'iban')).toEqual(['DE89 3704 0044 0532 0130 00']);
    expect(of('TR33 0006 1005 1978 6457 8413 26', 'iban')).toEqual([
      'TR33 0006 1005 1978 6457 8413 26',
    ]);
  });

  it('stops at the length of the country, even when a number follows', () => {
    expect(of('NL91 ABNA 0417 1643 00 2026', 'iban')).toEqual(['NL91 ABNA 0417 1643 00']);
  });

  it('ignores a wrong check digit or a wrong length', () => {
    expect(of('NL91ABNA0417164301', 'iban')).toEqual([]);
    expect(of('NL91ABNA04171643', 'iban')).toEqual([]);
    expect(of('NL91ABNA04171643001', 'iban')).toEqual([]);
  });
});

describe('phone', () => {
  it.each([
    '06-12345678',
    '0612345678',
    '06 1234 5678',
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06 - 12345678',
    '(06) 12345678',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6 12345678',
    '+31 06 12345678',
    '0031 6 1234 5678',
    '0031-6-12345678',
    '020-6123456',
    '020 612 3456',
    '(020) 612 34 56',
    '0299-123456',
    '010-4123456',
    '+31 20 612 3456',
    '+212 6 61 23 45 67',
    '00212 661 234567',
    '+233 24 123 4567',
    '+597 812 3456',
    '+32 470 12 34 56',
    '+90 532 123 45 67',
    '+48 512 345 678',
  ])('finds %s', (phone) => {
    expect(of(`Bel ${phone} na vijf uur.`, 'phone')).toEqual([phone]);
  });

  it('ignores service numbers, 112, times, amounts, dates and case codes', () => {
    for (const text of [
      'Veilig Thuis: 0800-2000',
      'politie 0900-8844',
      'bel 112',
      'om 09:30 uur',
      '€ 0,50 per stuk',
      'op 06-12-2015 14:00',
      'casus NW-2026-0042',
      'nummer 012345',
    ]) {
      expect(of(text, 'phone'), text).toEqual([]);
    }
  });
});

describe('e-mail', () => {
  it('finds addresses', () => {
    expect(of('mail fatima.elamrani@gmail.com.', 'email')).toEqual(['fatima.elamrani@gmail.com']);
    expect(of('(m.yilmaz+school@hotmail.co.uk)', 'email')).toEqual([
      'm.yilmaz+school@hotmail.co.uk',
    ]);
    expect(of('Email:a_b-c@x-y.nl', 'email')).toEqual(['a_b-c@x-y.nl']);
  });

  it('ignores an @ without a domain', () => {
    expect(of('naam@ en @ 14:00 en iemand@localhost', 'email')).toEqual([]);
  });
});

describe('postcode', () => {
  it('finds 1234 AB and 1234AB', () => {
    expect(of('1064 KT Amsterdam', 'postcode')).toEqual(['1064 KT']);
    expect(of('in 1102AB', 'postcode')).toEqual(['1102AB']);
    expect(of('postcode 1102ab', 'postcode')).toEqual(['1102ab']);
  });

  it('ignores SA, SD and SS, numbers followed by words, and years followed by a district code', () => {
    for (const text of [
      '1234 SS',
      'in 2015 en 2016',
      '1500 km',
      'in 2026 NW',
      '0123 AB',
      '12345 AB',
    ]) {
      expect(of(text, 'postcode'), text).toEqual([]);
    }
  });
});

describe('date', () => {
  it.each([
    '12-03-2015',
    '12/3/15',
    '2015-03-12',
    '12.03.2015',
    '3 maart 2016',
    "3 mrt. '16",
    '3 mrt 2016',
    '1 januari 1948',
    '29 sept. 2015',
    "5 jan '14",
    '24 december 1999',
    '1e april 2019',
  ])('finds %s', (date) => {
    expect(of(`Geboren ${date}, volgens moeder.`, 'date')).toEqual([date]);
  });

  it('ignores dates without a year, impossible dates, times, versions and amounts', () => {
    for (const text of [
      'op 3 maart',
      'in maart 2016',
      '12-03',
      '31-04-2015',
      '32-01-2015',
      '12-13-2015',
      '31 februari 2016',
      'om 14.30 uur',
      'versie 2.10.15',
      '€ 1.250.000',
      'op 3 mei om 14:00',
    ]) {
      expect(of(text, 'date'), text).toEqual([]);
    }
  });
});

describe('licence plate', () => {
  it.each([
    ['1', 'AB-12-34'],
    ['2', '12-34-BD'],
    ['3', '12-BD-34'],
    ['4', 'BD-12-FG'],
    ['5', 'BD-FG-12'],
    ['6', '12-BD-FG'],
    ['7', '12-BDF-3'],
    ['8', '1-BDF-23'],
    ['9', 'BD-123-F'],
    ['10', 'B-123-DF'],
    ['11', 'BDF-12-G'],
    ['12', 'B-12-DFG'],
    ['13', '1-BD-234'],
    ['14', '123-BD-4'],
  ])('finds sidecode %s: %s, with hyphens and without', (sidecode, plate) => {
    expect(of(`kenteken ${plate} gezien`, 'plate')).toEqual([plate]);
    const bare = plate.replace(/-/g, '').replace(/A/g, 'N');
    // Sidecode 2 without hyphens (1234BD) has the form of a postcode, which it is reported as.
    const category = sidecode === '2' ? 'postcode' : 'plate';
    expect(of(`kenteken ${bare} gezien`, category)).toEqual([bare]);
  });

  it('finds lower-case plates', () => {
    expect(of('auto gx-123-h', 'plate')).toEqual(['gx-123-h']);
    expect(of('auto gx123h', 'plate')).toEqual(['gx123h']);
  });

  it('ignores shapes that are no sidecode, words with vowels, case codes and dates', () => {
    for (const text of [
      'NW-2026-0042',
      'ABC123',
      'EUR-12-AB',
      'MP3-speler',
      '12-03-15',
      'AB1234',
    ]) {
      expect(of(text, 'plate'), text).toEqual([]);
    }
  });
});

describe('profile URLs and handles', () => {
  it('finds social-media profiles', () => {
    expect(of('zie https://www.instagram.com/naam.x_1/ nu', 'url')).toEqual([
      'https://www.instagram.com/naam.x_1/',
    ]);
    expect(of('facebook.com/samira.e.5.', 'url')).toEqual(['facebook.com/samira.e.5']);
    expect(of('tiktok.com/@kofi020', 'url')).toEqual(['tiktok.com/@kofi020']);
    expect(of('wa.me/31612345678', 'url')).toEqual(['wa.me/31612345678']);
  });

  it('ignores websites of organisations and non-personal paths', () => {
    for (const text of [
      'www.veiligthuis.nl',
      'https://www.amsterdam.nl/zorg/',
      'linkedin.com/company/blijf-groep',
      'inbox.com/x',
    ]) {
      expect(of(text, 'url'), text).toEqual([]);
    }
  });

  it('finds @handles but not the @ of an e-mail address', () => {
    expect(of('volgt @ryan_nw en @nour.x.2010.', 'handle')).toEqual(['@ryan_nw', '@nour.x.2010']);
    expect(of('mail a.b@gmail.com', 'handle')).toEqual([]);
    expect(of('om @ 14:00', 'handle')).toEqual([]);
  });
});

describe('address', () => {
  it.each([
    ['Osdorperweg 112', 'Osdorperweg 112'],
    ['de Bijlmerdreef 1023.', 'Bijlmerdreef 1023'],
    ['Jan van Galenstraat 20-2,', 'Jan van Galenstraat 20-2'],
    ['Hoogoord 101 III', 'Hoogoord 101 III'],
    ['Pieter Calandlaan 14A', 'Pieter Calandlaan 14A'],
    ['Kraaiennest 77 huis', 'Kraaiennest 77 huis'],
    ['Cornelis Lelylaan 12 bis', 'Cornelis Lelylaan 12 bis'],
    ['Slotermeerlaan 108-1', 'Slotermeerlaan 108-1'],
    ['Johan Huizingalaan 215 hs', 'Johan Huizingalaan 215 hs'],
    ['Anton de Komplein 150', 'Anton de Komplein 150'],
    ['Burgemeester Röellstraat 44-2', 'Burgemeester Röellstraat 44-2'],
    ['Dijkgraafplein 3 hs', 'Dijkgraafplein 3 hs'],
  ])('finds "woont op %s"', (text, address) => {
    expect(of(`Moeder woont op ${text}`, 'address')).toEqual([address]);
  });

  it('finds any capitalised street after "woont op" and the like', () => {
    expect(of('Zij woont op Hakfort 238.', 'address')).toEqual(['Hakfort 238']);
    expect(of('verhuisd naar Reigersbos 120', 'address')).toEqual(['Reigersbos 120']);
  });

  it('ignores streets without a number, counts and neighbourhoods', () => {
    for (const text of [
      'Moeder woont in de Kinkerstraat.',
      'In Slotervaart 3 gezinnen',
      'Osdorp 12 jaar geleden',
      'de Sloterweg is afgesloten',
    ]) {
      expect(of(text, 'address'), text).toEqual([]);
    }
  });
});
