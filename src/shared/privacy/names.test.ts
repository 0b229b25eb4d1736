import { describe, expect, it } from 'vitest';
import { detectPersonalData } from './index.js';

const names = (text: string) =>
  detectPersonalData(text)
    .filter((f) => f.category === 'name')
    .map((f) => f.text);

describe('names from lists', () => {
  it.each([
    ['Dutch', 'Gesprek met Anneke de Vries over de schulden.', ['Anneke de Vries']],
    ['Moroccan', 'Fatima El Amrani belde de wijkagent.', ['Fatima El Amrani']],
    ['Turkish', 'Vader is Mehmet Yılmaz, hij werkt veel.', ['Mehmet Yılmaz']],
    ['Turkish without diacritics', 'Vader is Mehmet Yilmaz, hij werkt veel.', ['Mehmet Yilmaz']],
    ['Hindustani', 'Het gaat om Reshma Ramdin en haar zoon.', ['Reshma Ramdin']],
    ['Creole', 'Volgens Marlon Pinas is het rustig.', ['Marlon Pinas']],
    ['Javanese', 'Oma is Poniem Pawirodikromo.', ['Poniem Pawirodikromo']],
    ['Antillean', 'Het dossier van Shurandy Martina.', ['Shurandy Martina']],
    ['Ghanaian', 'Kwame Asante is de vader.', ['Kwame Asante']],
    ['Eritrean', 'Senait Tesfamariam spreekt Tigrinya.', ['Senait Tesfamariam']],
    ['Somali', 'Hodan Warsame heeft vijf kinderen.', ['Hodan Warsame']],
    ['Syrian', 'Khaled Al-Hassan kwam in 2016.', ['Khaled Al-Hassan']],
    ['Afghan', 'Zarmina Ahmadi spreekt Dari.', ['Zarmina Ahmadi']],
    ['Polish', 'Agnieszka Kowalska werkt in de kassen.', ['Agnieszka Kowalska']],
    ['Georgian', 'Nino Beridze heeft asiel aangevraagd.', ['Nino Beridze']],
  ])('%s', (_community, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('recognises surname endings of communities no list covers fully', () => {
    expect(names('Het gaat om mevrouw Tsitsishvili.')).toEqual(['Tsitsishvili']);
    expect(names('Gesprek met Gebrezgabiher.')).toEqual(['Gebrezgabiher']);
  });
});

describe('names from context', () => {
  it('after titles and forms of address, also a surname that is an ordinary word', () => {
    expect(names('Gesprek met mevrouw Bakker.')).toEqual(['Bakker']);
    expect(names('Mevr. Visser belde.')).toEqual(['Visser']);
    expect(names('dhr. Tesfalem kwam niet.')).toEqual(['Tesfalem']);
    expect(names('meneer bakker is boos')).toEqual(['bakker']);
  });

  it('after relation words', () => {
    expect(names('Zoon Jayvano (14) spijbelt.')).toEqual(['Jayvano']);
    expect(names('De buurvrouw, Ingrid, belde.')).toEqual(['Ingrid']);
    expect(names('de moeder van Kofi is ziek')).toEqual(['Kofi']);
    expect(names('Dochter Roos slaapt slecht.')).toEqual(['Roos']);
  });

  it('after naming words', () => {
    expect(names('Het meisje heet Merel.')).toEqual(['Merel']);
    expect(names('Hij wordt genaamd Sultan.')).toEqual(['Sultan']);
    expect(names('Zij noemt hem Rocky.')).toEqual(['Rocky']);
  });

  it('with initials and particles', () => {
    expect(names('Getekend door J. de Vries.')).toEqual(['J. de Vries']);
    expect(names('J.P. van der Linden is advocaat.')).toEqual(['J.P. van der Linden']);
    expect(names('B. van ’t Hof komt morgen.')).toEqual(['B. van ’t Hof']);
    expect(names('Mw. G. Ait Hamou tekende.')).toEqual(['G. Ait Hamou']);
  });

  it('with hyphenated and double names, extended to capitalised neighbours', () => {
    expect(names('Anne-Marie Jansen-Dekker is oma.')).toEqual(['Anne-Marie Jansen-Dekker']);
    expect(names('Gesprek met Fatima Oulad Haj.')).toEqual(['Fatima Oulad Haj']);
    expect(names('Moeder is Sandra Tjin-A-Tsoi.')).toEqual(['Sandra Tjin-A-Tsoi']);
  });

  it('with an age after the name', () => {
    expect(names('Met Tesfalem (7) gaat het goed.')).toEqual(['Tesfalem']);
  });

  it('in lists joined by en and commas', () => {
    expect(names('De kinderen Lotte, Bram en Sem.')).toEqual(['Lotte', 'Bram', 'Sem']);
  });

  it('in lower case when the list knows the name', () => {
    expect(names('moeder fatima wil dat de kinderen blijven')).toEqual(['fatima']);
    expect(names('kwame is opgepakt')).toEqual(['kwame']);
  });

  it('at the start of a sentence', () => {
    expect(names('Samira belde om tien uur.')).toEqual(['Samira']);
    expect(names('Thomas belde over zijn moeder.')).toEqual(['Thomas']);
  });

  it('with a possessive', () => {
    expect(names("Chaima's vader is in beeld.")).toEqual(['Chaima']);
  });
});

describe('what is not a name', () => {
  it.each([
    'Blijf Groep en Veilig Thuis hebben de casus opgepakt.',
    'Het Ouder- en Kindteam van Geuzenveld heeft een wachtlijst.',
    'House of B en Nisa 4 Nisa organiseren een avond.',
    'Stichting ProFor en Stichting Human Empowerment doen mee.',
    'Het Wijk Actie Team en Sipi waren aanwezig.',
    'De Waag en de Hogeschool van Amsterdam werken samen.',
    'Het Openbaar Ministerie en de Reclassering overleggen.',
    'Gemeente Amsterdam betaalt de plekken in Nieuw-West.',
    'In Holendrecht, Reigersbos en Kraaiennest zijn buurtteams.',
    'Ganzenhoef, Venserpolder, Bijlmer, Osdorp en Slotervaart.',
    'De buurvrouw belde de politie.',
    'Moeder en vader wonen in Gaasperdam.',
    'Oma en tante passen op.',
    'Op maandag 3 mei om 14:00 is er overleg.',
    'De kosten zijn € 1.250 per maand.',
    'Casus NW-2026-0042 wordt besproken.',
    'De bakker op de hoek hoorde het.',
    'Vader werkt als visser.',
    'Er bloeit een roos in de tuin.',
    'In mei start een nieuwe groep.',
    'Roos, de rode bloem, is het symbool.',
    'Storm en regen hielden iedereen thuis.',
    'Gisteren heeft moeder aangifte gedaan.',
    'Volgens de school gaat het beter.',
    'Ben je bang thuis? Bel Veilig Thuis.',
    'Elke week is er een spreekuur.',
    'Het Anne Frank Huis organiseert een workshop.',
    'Moeder woont in de Jan van Galenstraat.',
    'Bijlage B. Verslag van het huisbezoek.',
    'De Vries-methode wordt niet meer gebruikt.',
    'Het GGD-team en de THV-aanvraag.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([]);
  });
});
