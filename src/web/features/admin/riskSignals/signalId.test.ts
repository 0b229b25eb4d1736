import { describe, expect, it } from 'vitest';
import { riskSignalSchema } from '../../../../shared/schemas/cases.js';
import { signalId } from './signalId.js';

describe('the id of a new risk signal', () => {
  it('is made of the Dutch words, as the API takes it', () => {
    const id = signalId('Er is gedreigd met een wapen — óók bij de kinderen!', new Set());
    expect(id).toBe('er-is-gedreigd-met-een-wapen-ook-b');
    expect(riskSignalSchema.safeParse({ id, nl: 'x', en: 'x' }).success).toBe(true);
  });

  it('differs from the ids the list already has', () => {
    expect(signalId('Wapen', new Set(['wapen', 'wapen-2']))).toBe('wapen-3');
  });

  it('is never empty, whatever the words', () => {
    expect(signalId('!!!', new Set())).toBe('signaal');
  });
});
