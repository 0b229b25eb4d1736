import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The same words however they were typed: case and runs of spaces do not count. */
export const normalisedForOverride = (text: string): string =>
  text.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The SHA-256 (hex) of a finding's text as "not personal data" marks keep it: the server
 * stores only this, and the browser compares with it, so both must compute it the same way.
 */
export const overrideHash = (text: string): string =>
  bytesToHex(sha256(utf8ToBytes(normalisedForOverride(text))));

/** One key per text and category, as the server's list of marks gives them. */
export const overrideKey = (text: string, category: string): string =>
  `${overrideHash(text)}:${category}`;
