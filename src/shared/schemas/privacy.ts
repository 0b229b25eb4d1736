import { z } from 'zod';
import { categories } from '../privacy/types.js';

/** "This is not personal data": a finding of the PII guard, with the reason why. */
export const piiOverrideSchema = z.object({
  text: z.string().trim().min(1).max(200).meta({ description: 'The text of the finding.' }),
  category: z.enum(categories),
  reason: z.string().trim().min(3).max(500),
});
export type PiiOverride = z.infer<typeof piiOverrideSchema>;
