/** The addresses of signing in, in Dutch like every address of the web app. */
export const authPaths = {
  signIn: '/inloggen',
  code: '/inloggen/code',
  enrol: '/inloggen/app-instellen',
  mySessions: '/mijn-sessies',
  myActivity: '/mijn-logboek',
  forgotPassword: '/wachtwoord-vergeten',
  /** In the mailed link, with the token after `#`: the server makes these two. */
  resetPassword: '/wachtwoord-herstellen',
  invitation: '/uitnodiging',
} as const;

/** What the sign-in page says above the form when another page sent the user there. */
export type SignInNotice =
  | 'signedOut'
  | 'signInAgain'
  | 'passwordChanged'
  | 'accountReady'
  /** A change asked for a recent sign-in (a manager resetting someone's second factor). */
  | 'confirmIdentity';
export interface SignInState {
  notice?: SignInNotice;
}
