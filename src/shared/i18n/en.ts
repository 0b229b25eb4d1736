import type { Catalogue } from './nl.js';

/** English, the second language. Same keys as Dutch: the type makes a missing one an error. */
export const en: Catalogue = {
  app: {
    name: 'Schakel',
    tagline: 'Together against domestic violence and child abuse',
    skipLink: 'Skip to content',
    logoLinkTitle: 'To the Schakel start page',
    navigationLabel: 'Main menu',
    menu: 'Menu',
    menuShow: 'Show the menu',
    menuHide: 'Hide the menu',
    loading: 'Loading…',
    loadError: 'This could not be loaded. Please try again later.',
    requestId: 'Reference: {{id}}',
  },
  nav: {
    start: 'Start',
    apiDocs: 'API documentation',
  },
  language: {
    switchTo: 'Nederlands',
    switchToLabel: 'Schakel over naar Nederlands',
  },
  district: {
    label: 'District',
    all: 'All districts',
  },
  demo: {
    heading: 'Demo environment',
    body: 'All data here is made up. Do not use this environment for real situations.',
  },
  start: {
    title: 'Start',
    heading: 'Welcome to Schakel',
    intro:
      'Schakel connects informal and formal partners in the approach to domestic violence and child abuse. Here you find each other, discuss situations anonymously and follow up agreements together.',
    districtsHeading: 'Districts',
    districtPartners_one: '{{count}} partner',
    districtPartners_other: '{{count}} partners',
    partnersHeading: 'Partners',
    partnersHeadingIn: 'Partners in {{district}}',
    partnersCaption: 'Informal and formal partners, by name',
    columnName: 'Name',
    columnKind: 'Kind',
    columnDistricts: 'Districts',
    noPartners: 'There are no partners yet.',
    total_one: '{{count}} partner',
    total_other: '{{count}} partners',
  },
  kind: {
    informal: 'Informal',
    formal: 'Formal',
  },
  notFound: {
    title: 'Page not found',
    heading: 'This page does not exist',
    body: 'The address may have been mistyped, or the page may have moved.',
    back: 'To the start page',
  },
  footer: {
    heading: 'About Schakel',
    about:
      'Schakel is open source and made for the Amsterdam districts Nieuw-West and Zuidoost, and for every municipality that wants to use it.',
    menuHeading: 'More',
  },
};
