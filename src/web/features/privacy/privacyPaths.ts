/** The address of the page where anyone signed in checks a text for personal data. */
export const privacyPaths = {
  checkText: '/tekst-controleren',
} as const;
