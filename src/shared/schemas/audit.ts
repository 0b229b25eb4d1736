import { z } from 'zod';
import { pageOf, pagingQuerySchema } from './paging.js';

export const auditOutcomes = ['success', 'failure', 'denied'] as const;

const isoDate = z.iso.datetime({ offset: true });

export const auditQuerySchema = z.object({
  user: z.uuid().optional().meta({ description: 'Entries by this user.' }),
  resourceType: z
    .string()
    .regex(/^[a-z][a-z-]{0,39}$/)
    .optional()
    .meta({ description: 'Entries about records of this type (user, organisation, …).' }),
  resourceId: z.string().max(64).optional().meta({ description: 'Entries about this record.' }),
  action: z
    .string()
    .regex(/^[a-z][a-z.-]{0,59}$/)
    .optional()
    .meta({ description: 'Entries of this action, e.g. sign-in or user.deactivate.' }),
  from: isoDate.optional().meta({ description: 'From this moment (inclusive).' }),
  until: isoDate.optional().meta({ description: 'Until this moment (exclusive).' }),
  ...pagingQuerySchema.shape,
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    user: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    organisation: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
    role: z.string().nullable(),
    action: z.string(),
    outcome: z.enum(auditOutcomes),
    resourceType: z.string().nullable(),
    resourceId: z.string().nullable(),
    district: z.string().nullable().meta({ description: 'The district code, when known.' }),
    purpose: z.string().nullable(),
    clientAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry', description: 'One line of the audit trail.' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = pageOf(auditEntrySchema);
export type AuditPage = z.infer<typeof auditPageSchema>;
