import {
  browserSupportsWebAuthn,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';
import type { SignInResult } from '../../../shared/schemas/session.js';
import { ApiError, api } from '../../lib/api.js';

/** Whether this browser can use passkeys at all: if not, Schakel does not offer them. */
export const canUsePasskeys = (): boolean => browserSupportsWebAuthn();

/**
 * Signs in with a passkey: on its own, or as the second step of a password sign-in of the same
 * user in this browser. The browser asks for the fingerprint, face or PIN in its own window.
 */
export async function signInWithPasskey(): Promise<SignInResult> {
  const { challengeId, options } = await api.passkeySignInOptions();
  const response = await startAuthentication({
    optionsJSON: options as unknown as PublicKeyCredentialRequestOptionsJSON,
  });
  return api.passkeySignIn({ challengeId, response });
}

/** Makes a passkey on this device and stores it with the name the user chose. */
export async function addPasskey(name: string): Promise<{ id: string; name: string }> {
  const { challengeId, options } = await api.passkeyRegistrationOptions();
  const response = await startRegistration({
    optionsJSON: options as unknown as PublicKeyCredentialCreationOptionsJSON,
  });
  return api.addPasskey({ challengeId, name, response });
}

/**
 * How a passkey attempt ended, if not well:
 * - `stopped`: the browser's window was closed, it timed out, or the device has no passkey for
 *   Schakel — browsers do not say which (NotAllowedError), on purpose;
 * - `known`: this device has a passkey for this account already (when adding one);
 * - `unsupported`: the device cannot make a passkey with a fingerprint, face or PIN;
 * - `notRecognised`: the server does not know the passkey, or could not verify it (401);
 * - `other`: anything else, to be said with problemMessage.
 */
export type PasskeyFailure = 'stopped' | 'known' | 'unsupported' | 'notRecognised' | 'other';

export function passkeyFailure(error: unknown): PasskeyFailure {
  if (error instanceof ApiError) return error.status === 401 ? 'notRecognised' : 'other';
  const name = error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'AbortError') return 'stopped';
  if (name === 'InvalidStateError') return 'known';
  if (name === 'ConstraintError' || name === 'NotSupportedError') return 'unsupported';
  return 'other';
}
