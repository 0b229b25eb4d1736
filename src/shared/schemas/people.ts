import { z } from 'zod';
import { pageOf, pagingQuerySchema } from './paging.js';

export const roles = ['admin', 'coordinator', 'director', 'member', 'analyst'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Roles that can see case data: they sign in with a second factor. Analysts see figures only. */
export const rolesRequiringMfa: readonly Role[] = ['admin', 'coordinator', 'director', 'member'];

export const userStatuses = ['active', 'invited', 'deactivated'] as const;
export type UserStatus = (typeof userStatuses)[number];

export const roleAssignmentSchema = z.object({
  id: z.uuid(),
  role: roleSchema,
  district: z.object({ code: z.string(), name: z.string() }).nullable(),
  networkGroup: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

const districtCode = z.string().regex(/^[A-Z]{2,4}$/, 'must be a district code such as NW');

/**
 * A role to give someone, with its scope: coordinators and analysts work in a district,
 * directors and members in a network group, administrators everywhere.
 */
export const roleGrantFields = {
  role: roleSchema,
  districtCode: districtCode.optional(),
  networkGroupId: z.uuid().optional(),
};

/** The scope a role needs, for every schema that gives a role. */
export function checkRoleScope(
  grant: { role: Role; districtCode?: string | undefined; networkGroupId?: string | undefined },
  context: z.RefinementCtx,
): void {
  const needsDistrict = grant.role === 'coordinator' || grant.role === 'analyst';
  const needsGroup = grant.role === 'director' || grant.role === 'member';
  if (needsDistrict !== (grant.districtCode !== undefined)) {
    context.addIssue({
      code: 'custom',
      path: ['districtCode'],
      message: needsDistrict
        ? 'is required for this role'
        : 'is only for coordinators and analysts',
    });
  }
  if (needsGroup !== (grant.networkGroupId !== undefined)) {
    context.addIssue({
      code: 'custom',
      path: ['networkGroupId'],
      message: needsGroup ? 'is required for this role' : 'is only for directors and members',
    });
  }
}

export const roleGrantSchema = z.object(roleGrantFields).superRefine(checkRoleScope);
export type RoleGrant = z.infer<typeof roleGrantSchema>;

export const userSummarySchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string(),
    status: z.enum(userStatuses),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    roles: z.array(roleAssignmentSchema),
  })
  .meta({ id: 'UserSummary', description: 'An account, as administrators see it in a list.' });
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userDetailSchema = userSummarySchema
  .extend({
    createdAt: z.string(),
    mfa: z.object({ totp: z.boolean(), passkeys: z.number().int() }),
    liveSessions: z.number().int(),
  })
  .meta({ id: 'UserDetail', description: 'An account with its sign-in state.' });
export type UserDetail = z.infer<typeof userDetailSchema>;

export const userQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .meta({ description: 'Part of a name or e-mail address.' }),
  status: z.enum(userStatuses).optional(),
  organisation: z.uuid().optional(),
  ...pagingQuerySchema.shape,
});
export type UserQuery = z.infer<typeof userQuerySchema>;

export const userPageSchema = pageOf(userSummarySchema);
export type UserPage = z.infer<typeof userPageSchema>;

export const userUpdateSchema = z.object({ displayName: z.string().trim().min(1).max(120) });

export const networkGroupSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    district: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
    organisationCount: z.number().int(),
    memberCount: z.number().int(),
  })
  .meta({ id: 'NetworkGroup', description: 'A network group (netwerkgroep) of one district.' });
export type NetworkGroup = z.infer<typeof networkGroupSchema>;

export const networkGroupListSchema = z.object({ items: z.array(networkGroupSchema) });

export const groupRoles = ['director', 'member'] as const;

export const networkGroupDetailSchema = networkGroupSchema
  .omit({ organisationCount: true, memberCount: true })
  .extend({
    organisations: z.array(z.object({ id: z.uuid(), name: z.string(), kind: z.string() })),
    members: z.array(
      z.object({
        userId: z.uuid(),
        displayName: z.string(),
        organisation: z.object({ id: z.uuid(), name: z.string() }),
        role: z.enum(groupRoles),
      }),
    ),
  })
  .meta({ id: 'NetworkGroupDetail' });
export type NetworkGroupDetail = z.infer<typeof networkGroupDetailSchema>;

export const networkGroupCandidateSchema = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  organisation: z.object({ id: z.uuid(), name: z.string() }),
});
export type NetworkGroupCandidate = z.infer<typeof networkGroupCandidateSchema>;

export const networkGroupCreateSchema = z.object({
  districtCode,
  name: z.string().trim().min(1).max(120),
  organisationIds: z.array(z.uuid()).max(200).default([]),
});

export const networkGroupUpdateSchema = z.object({ name: z.string().trim().min(1).max(120) });

export const networkGroupMemberSchema = z.object({
  userId: z.uuid(),
  role: z.enum(groupRoles),
});
