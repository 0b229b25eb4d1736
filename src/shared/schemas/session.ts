import { z } from 'zod';
import { organisationKindSchema } from './organisation.js';
import { checkRoleScope, roleAssignmentSchema, roleGrantFields } from './people.js';

export const signInSchema = z.object({
  email: z.string().trim().min(3).max(254),
  password: z.string().min(1).max(1024),
});

export const mfaCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(6)
    .max(32)
    .meta({ description: 'A 6-digit code from the authenticator app, or a recovery code.' }),
});

export const meSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      organisation: z.object({ id: z.uuid(), name: z.string(), kind: organisationKindSchema }),
    }),
    roles: z.array(roleAssignmentSchema),
    session: z.object({
      id: z.uuid(),
      /** `password`: the second factor is still due. */
      stage: z.enum(['password', 'complete']),
      expiresAt: z.iso.datetime(),
    }),
    mfa: z.object({
      required: z.boolean(),
      totp: z.boolean(),
      passkeys: z.number().int(),
      recoveryCodesLeft: z.number().int(),
    }),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;

export const signInResultSchema = z.object({
  /** A second factor is due: POST /api/v1/session/mfa, or enrol one first. */
  mfaRequired: z.boolean(),
  /** The user has no second factor yet and must set one up (TOTP) before going on. */
  enrolmentRequired: z.boolean(),
  me: meSchema,
});
export type SignInResult = z.infer<typeof signInResultSchema>;

export const sessionSummarySchema = z.object({
  id: z.uuid(),
  current: z.boolean(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  userAgent: z.string(),
});
export const sessionListSchema = z.object({ items: z.array(sessionSummarySchema) });

export const totpEnrolmentSchema = z.object({
  secret: z.string(),
  otpauthUri: z.string(),
  /** The otpauth URI as a QR code: a PNG data URL. */
  qrCode: z.string(),
});

export const recoveryCodesSchema = z.object({
  /** Shown once: each code signs in once when the authenticator app is lost. */
  recoveryCodes: z.array(z.string()),
});

export const invitationSchema = z
  .object({
    email: z.email().max(254),
    displayName: z.string().trim().min(1).max(120),
    organisationId: z.uuid(),
    ...roleGrantFields,
  })
  .superRefine(checkRoleScope);

export const linkPasswordSchema = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(1).max(1024),
});

export const passwordResetRequestSchema = z.object({ email: z.string().trim().min(3).max(254) });

export const outboxSchema = z.object({
  keepsMail: z.boolean(),
  items: z.array(
    z.object({
      id: z.uuid(),
      to: z.string(),
      subject: z.string(),
      body: z.string(),
      createdAt: z.iso.datetime(),
    }),
  ),
});

/** A WebAuthn ceremony's options, as @simplewebauthn/browser takes them, and its one-time id. */
export const passkeyOptionsSchema = z.object({
  challengeId: z.uuid(),
  options: z.looseObject({ challenge: z.string() }),
});

/** What the browser's WebAuthn call returned (checked in full by the server's verifier). */
const credentialResponseSchema = z.looseObject({
  id: z.string().min(1).max(1024),
  rawId: z.string().min(1).max(1024),
  type: z.literal('public-key'),
  response: z.looseObject({ clientDataJSON: z.string().max(8192) }),
});

export const passkeyRegistrationSchema = z.object({
  challengeId: z.uuid(),
  name: z.string().trim().min(1).max(60),
  response: credentialResponseSchema,
});

export const passkeySignInSchema = z.object({
  challengeId: z.uuid(),
  response: credentialResponseSchema,
});

export const passkeyListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      createdAt: z.iso.datetime(),
      lastUsedAt: z.iso.datetime().nullable(),
    }),
  ),
});

export const ssoSettingsSchema = z.object({
  issuer: z.url().max(500),
  clientId: z.string().trim().min(1).max(200),
  clientSecret: z.string().min(1).max(500),
});

export const ssoOrganisationsSchema = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string() })),
});
