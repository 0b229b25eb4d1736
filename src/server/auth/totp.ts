import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

const period = 30;

/** A new TOTP secret (160 bits, base32), as authenticator apps expect. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

const totpFor = (secret: string, label = '') =>
  new TOTP({ issuer: 'Schakel', label, secret: Secret.fromBase32(secret), digits: 6, period });

export const totpUri = (secret: string, email: string): string => totpFor(secret, email).toString();

/** The current code; for demos and tests that play the authenticator app. */
export const totpCode = (secret: string, at: Date): string =>
  totpFor(secret).generate({ timestamp: at.getTime() });

/**
 * The time step of a valid code (RFC 6238; one step of clock drift either way), or undefined.
 * The caller accepts it only if it is newer than the last accepted step: a code works once.
 */
export function totpStep(secret: string, code: string, at: Date): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const delta = totpFor(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
  if (delta === null) return undefined;
  return Math.floor(at.getTime() / 1000 / period) + delta;
}

/** Ten single-use recovery codes like `7kq2-m9xa-4hwe`: 60 bits each, easy to type. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Recovery codes and session tokens have enough entropy for a plain hash to be safe. */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export const normaliseRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/\s/g, '');
