import type { ChangeSince, FieldError } from '../shared/schemas/problem.js';

/**
 * Errors that services throw for outcomes a user can cause. They carry no HTTP; the error
 * handler turns each kind into its problem+json answer. Messages must hold no personal data.
 */
export abstract class DomainError extends Error {
  abstract readonly kind:
    | 'not-found'
    | 'conflict'
    | 'invalid'
    | 'unavailable'
    | 'unauthenticated'
    | 'forbidden'
    | 'throttled'
    | 'locked';
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
}

/**
 * A save that started from an older version of the record: someone else saved in between. It
 * names the saves since, so the client can show what changed before the user tries again.
 */
export class VersionConflictError extends ConflictError {
  constructor(
    message: string,
    readonly currentVersion: number,
    readonly changedSince: ChangeSince[],
  ) {
    super(message);
  }
}

export class InvalidInputError extends DomainError {
  readonly kind = 'invalid';
  constructor(
    message: string,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(message);
  }
}

/** A service Schakel depends on (the database) does not answer; trying again later may work. */
export class UnavailableError extends DomainError {
  readonly kind = 'unavailable';
}

/** No (valid) session, or a wrong e-mail address, password or code. Says nothing more. */
export class UnauthenticatedError extends DomainError {
  readonly kind = 'unauthenticated';
}

/** The actor is known but may never do this. */
export class ForbiddenError extends DomainError {
  readonly kind = 'forbidden';
}

/** Too many attempts in a short time: try again after `retryAfterSeconds`. */
export class ThrottledError extends DomainError {
  readonly kind: 'throttled' | 'locked' = 'throttled';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** The account is locked for a while after many failed attempts. */
export class LockedError extends ThrottledError {
  override readonly kind = 'locked';
}

/** A sensitive change needs a recent sign-in: sign in again, then try once more. */
export class ReauthenticationRequiredError extends UnauthenticatedError {}
