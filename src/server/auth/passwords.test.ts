import { describe, expect, it } from 'vitest';
import {
  costOf,
  hashPassword,
  passwordProblems,
  productionPasswordCost,
  verifyPassword,
} from './passwords.js';

const email = 'jrouwenhorst@test.schakel.example';

describe('new passwords', () => {
  it.each([
    ['Kort-1', ['too-short']],
    ['x'.repeat(129), ['too-long']],
    ['passwordpassword', ['common']],
    ['qwertyuiop123!', ['common']],
    ['aaaaaaaaaaaaaaaa', ['common']],
    ['Schakel-wachtwoord-99', ['personal']],
    ['ik-ben-jrouwenhorst-1', ['personal']],
  ])('refuses %s: %o', (password, problems) => {
    expect(passwordProblems(password, { email })).toEqual(problems);
  });

  it('accepts a long passphrase of 12 to 128 characters, counted as the user sees them', () => {
    expect(passwordProblems('fiets-paraplu-olijf', { email })).toEqual([]);
    expect(passwordProblems('🚲🌂🫒🚲🌂🫒🚲🌂🫒🚲🌂🫒', { email })).toEqual([]);
    expect(passwordProblems('y'.repeat(7) + 'z'.repeat(121), { email })).toEqual([]);
  });
});

describe('password hashes', () => {
  it('use scrypt with N = 2^17 in production, and verify only the right password', async () => {
    const hash = await hashPassword('fiets-paraplu-olijf');
    expect(hash).toMatch(/^scrypt\$17\$8\$1\$/);
    expect(costOf(hash)).toBe(productionPasswordCost);
    expect(await verifyPassword('fiets-paraplu-olijf', hash)).toBe(true);
    expect(await verifyPassword('fiets-paraplu-olijF', hash)).toBe(false);
  });

  it('differ for the same password (salted) and treat composed and decomposed é alike', async () => {
    const [a, b] = [
      await hashPassword('café-terras-zon', 12),
      await hashPassword('café-terras-zon', 12),
    ];
    expect(a).not.toBe(b);
    expect(await verifyPassword('cafe\u0301-terras-zon', a)).toBe(true);
  });

  it('refuse a malformed stored hash without throwing', async () => {
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});
