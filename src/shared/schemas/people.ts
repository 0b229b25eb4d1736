import { z } from 'zod';

export const roles = ['admin', 'coordinator', 'director', 'member', 'analyst'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles that can see case data: they sign in with a second factor. Analysts see figures only. */
export const rolesRequiringMfa: readonly Role[] = ['admin', 'coordinator', 'director', 'member'];

export const userStatuses = ['active', 'invited', 'deactivated'] as const;
export type UserStatus = (typeof userStatuses)[number];

export const roleAssignmentSchema = z.object({
  role: roleSchema,
  district: z.object({ code: z.string(), name: z.string() }).nullable(),
  networkGroup: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;
