import type { Me } from '../../../shared/schemas/session.js';

/** Signed in means: both steps done. Halfway (password only) counts as not signed in. */
export const isSignedIn = (me: Me | null | undefined): me is Me => me?.session.stage === 'complete';
