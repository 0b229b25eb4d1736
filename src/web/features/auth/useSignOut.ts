import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError, api } from '../../lib/api.js';
import { authPaths, type SignInState } from './authPaths.js';

/**
 * Signs out: ends the session on the server, then goes to the sign-in page, which says so and
 * forgets the user (there, not here: a page that needs a user would otherwise see them go first,
 * and send to the sign-in page without the notice).
 */
export function useSignOut() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.signOut();
      } catch (error) {
        // A session that has already ended is as good as signed out.
        if (!(error instanceof ApiError && error.status === 401)) throw error;
      }
    },
    onSuccess: async () => {
      const state: SignInState = { notice: 'signedOut' };
      await navigate(authPaths.signIn, { state });
    },
  });
}
