import type { FieldError } from '../shared/schemas/problem.js';

/**
 * Errors that services throw for outcomes a user can cause. They carry no HTTP; the error
 * handler turns each kind into its problem+json answer. Messages must hold no personal data.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: 'not-found' | 'conflict' | 'invalid' | 'unavailable';
}

export class NotFoundError extends DomainError {
  readonly kind = 'not-found';
}

export class ConflictError extends DomainError {
  readonly kind = 'conflict';
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
