import { describe, expect, it } from 'vitest';
import { accountDecision, addressDecision } from './throttle.js';

const now = new Date('2026-11-28T10:00:00Z');
const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
const failures = (count: number, everySeconds = 1) =>
  Array.from({ length: count }, (_, i) => ({
    at: secondsAgo(i * everySeconds + 0.5),
    succeeded: 0,
  }));

describe('throttling one account', () => {
  it('allows four failures in a row without delay', () => {
    expect(accountDecision(failures(4), now)).toEqual({ outcome: 'allow' });
  });

  it('asks for a doubling wait from the fifth failure, up to a minute', () => {
    expect(accountDecision(failures(5), now)).toMatchObject({ outcome: 'slow-down' });
    expect(accountDecision(failures(7), now)).toMatchObject({
      outcome: 'slow-down',
      retryAfterSeconds: 3.5,
    });
    expect(accountDecision(failures(5), new Date(now.getTime() + 1000))).toEqual({
      outcome: 'allow',
    });
  });

  it('locks for 15 minutes after ten failures, then lets go', () => {
    expect(accountDecision(failures(10), now)).toMatchObject({ outcome: 'locked' });
    const later = new Date(now.getTime() + 15 * 60_000);
    expect(accountDecision(failures(10), later)).toEqual({ outcome: 'allow' });
  });

  it('counts only the failures since the last success', () => {
    const attempts = [...failures(3), { at: secondsAgo(10), succeeded: 1 }, ...failures(9)];
    expect(accountDecision(attempts, now)).toEqual({ outcome: 'allow' });
  });
});

describe('throttling one client address', () => {
  it('allows 29 failures in 15 minutes and holds back the 30th until the oldest expires', () => {
    expect(addressDecision(failures(29, 10), now)).toEqual({ outcome: 'allow' });
    const decision = addressDecision(failures(30, 10), now);
    expect(decision.outcome).toBe('slow-down');
    // The 30th newest failure was 290.5 s ago; it leaves the 15-minute window in 609.5 s.
    expect(decision).toMatchObject({ retryAfterSeconds: 609.5 });
  });
});
