import { v7 as uuidv7 } from 'uuid';

/** A new primary key: UUIDv7 text, time-ordered so that indexes stay compact. */
export const newId = (): string => uuidv7();

/** The current moment as ISO-8601 UTC text, the portable timestamp format. */
export const nowIso = (): string => new Date().toISOString();
