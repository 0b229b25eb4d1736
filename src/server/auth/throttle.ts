/**
 * How sign-in attempts are slowed down (ASVS 6.3): pure rules over recent attempts, so they can
 * be tested with a fake clock. Per account: from the 5th failure in a row a growing wait between
 * attempts (1 s, 2 s, 4 s … up to a minute), and after 10 a lock of 15 minutes. The lock ends by
 * itself, so an attacker can delay a user but never shut them out for good. Per client address:
 * at most 30 failures in 15 minutes, across all accounts.
 */
export const throttleRules = {
  windowMinutes: 15,
  slowDownAfter: 5,
  lockAfter: 10,
  lockMinutes: 15,
  maxWaitSeconds: 60,
  maxFailuresPerAddress: 30,
} as const;

export type ThrottleDecision =
  | { outcome: 'allow' }
  | { outcome: 'slow-down' | 'locked'; retryAfterSeconds: number };

type Attempt = { at: string; succeeded: number };

/** `attempts`: this account's attempts in the window, newest first. */
export function accountDecision(attempts: readonly Attempt[], now: Date): ThrottleDecision {
  const failures: Attempt[] = [];
  for (const attempt of attempts) {
    if (attempt.succeeded) break;
    failures.push(attempt);
  }
  const latest = failures[0];
  if (!latest) return { outcome: 'allow' };
  const sinceLatest = (now.getTime() - Date.parse(latest.at)) / 1000;
  if (failures.length >= throttleRules.lockAfter) {
    const wait = throttleRules.lockMinutes * 60 - sinceLatest;
    return wait > 0 ? { outcome: 'locked', retryAfterSeconds: wait } : { outcome: 'allow' };
  }
  if (failures.length >= throttleRules.slowDownAfter) {
    const required = Math.min(
      2 ** (failures.length - throttleRules.slowDownAfter),
      throttleRules.maxWaitSeconds,
    );
    const wait = required - sinceLatest;
    return wait > 0 ? { outcome: 'slow-down', retryAfterSeconds: wait } : { outcome: 'allow' };
  }
  return { outcome: 'allow' };
}

/** `attempts`: this client address's attempts in the window, newest first. */
export function addressDecision(attempts: readonly Attempt[], now: Date): ThrottleDecision {
  const failures = attempts.filter((attempt) => !attempt.succeeded);
  if (failures.length < throttleRules.maxFailuresPerAddress) return { outcome: 'allow' };
  const oldest = failures[throttleRules.maxFailuresPerAddress - 1];
  const freesAt =
    Date.parse(oldest?.at ?? now.toISOString()) + throttleRules.windowMinutes * 60_000;
  return { outcome: 'slow-down', retryAfterSeconds: (freesAt - now.getTime()) / 1000 };
}
