import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { dictionary } from '@zxcvbn-ts/language-common';

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  length: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt cost as log2(N). 17 is ASVS's minimum for scrypt; tests pass a lower one for speed. */
export const productionPasswordCost = 17;

const keyLength = 32;

/** `scrypt$logN$r$p$salt$hash`: the parameters travel with the hash, so the cost can be raised. */
export async function hashPassword(
  password: string,
  logN = productionPasswordCost,
): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, logN, 8, 1);
  return ['scrypt', logN, 8, 1, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64'),
    Number(logN),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The cost a stored hash was made with, to rehash at sign-in when it is below today's. */
export const costOf = (stored: string): number => Number(stored.split('$')[1] ?? 0);

function derive(password: string, salt: Buffer, logN: number, r: number, p: number) {
  const N = 2 ** logN;
  // scrypt needs 128·N·r bytes; Node's default limit (32 MiB) is below that for N = 2^17.
  return scryptAsync(password.normalize('NFC'), salt, keyLength, {
    N,
    r,
    p,
    maxmem: 256 * N * r,
  });
}

export const passwordLimits = { min: 12, max: 128 } as const;

const commonPasswords = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'personal';

/**
 * What is wrong with a new password, if anything (ASVS 6.2): its length, whether it is on the
 * shipped list of common and breached passwords (also with digits and signs stripped from the
 * end, as in "welkom2024!"), and whether it is built from the user's own address or the app name.
 */
export function passwordProblems(password: string, context: { email: string }): PasswordProblem[] {
  const length = [...password].length;
  if (length < passwordLimits.min) return ['too-short'];
  if (length > passwordLimits.max) return ['too-long'];
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  const problems: PasswordProblem[] = [];
  if (commonPasswords.has(lower) || commonPasswords.has(stem) || /^(.)\1+$/u.test(lower)) {
    problems.push('common');
  }
  const local = context.email.toLowerCase().split('@')[0] ?? '';
  const personal = ['schakel', ...(local.length >= 4 ? [local] : [])];
  if (personal.some((word) => lower.includes(word))) problems.push('personal');
  return problems;
}
