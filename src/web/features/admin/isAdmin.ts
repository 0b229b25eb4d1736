import type { Me } from '../../../shared/schemas/session.js';

/** An administrator of this installation: the only role that may read the dev outbox. */
export const isAdmin = (me: Me | null | undefined): boolean =>
  me?.roles.some((assignment) => assignment.role === 'admin') ?? false;
