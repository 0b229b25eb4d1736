/** The addresses of signing in, in Dutch like every address of the web app. */
export const authPaths = {
  signIn: '/inloggen',
  code: '/inloggen/code',
  enrol: '/inloggen/app-instellen',
  mySessions: '/mijn-sessies',
} as const;

/** What the sign-in page says above the form when another page sent the user there. */
export type SignInNotice = 'signedOut' | 'signInAgain';
export interface SignInState {
  notice?: SignInNotice;
}
