import path from 'node:path';
import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every setting Schakel reads from the environment; the README's configuration table mirrors it. */
const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().trim().min(1, 'must not be empty').default('localhost'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_MAX: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(10),
  SCHAKEL_DATA_DIR: z.string().trim().min(1, 'must not be empty').default('./data'),
  SCHAKEL_SEED_DEMO: booleanFlag.optional(),
  SCHAKEL_PUBLIC_DIRECTORY: booleanFlag.default(false),
  SCHAKEL_CASE_RETENTION_MONTHS: z.coerce
    .number({ error: 'must be a number of months' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(120, 'must be at most 120')
    .default(12),
  // Checked when the keys are read (src/server/privacy/field-encryption.ts), never echoed.
  SCHAKEL_DATA_KEY: z.string().trim().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(720, 'must be at most 720')
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number({ error: 'must be a number of hours' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(24, 'must be at most 24')
    .default(12),
  SCHAKEL_SECURE_COOKIES: booleanFlag.optional(),
  TRUST_PROXY: z
    .string()
    .trim()
    .regex(
      /^(true|false|\d+|[\d.:a-fA-F/,\s]+|loopback)$/,
      'must be true, false, a number of hops, or addresses',
    )
    .optional(),
  PUBLIC_URL: z
    .url({ error: 'must be a URL such as https://schakel.example.nl' })
    .regex(/^https?:\/\//, 'must start with http:// or https://')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z
    .string()
    .trim()
    .min(3, 'must be an e-mail address')
    .default('Schakel <noreply@schakel.example>'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
});

export type DatabaseConfig =
  | { engine: 'sqlite'; file: string }
  | { engine: 'postgres'; url: string; poolMax: number };

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  dataDir: string;
  database: DatabaseConfig;
  /** Seed the fictional demo into an empty database on start (by default only on SQLite). */
  seedDemo: boolean;
  logLevel: string;
  /**
   * Which proxies in front of Schakel to believe about the client's address (Fastify's
   * `trustProxy`): without it, behind a proxy every client has the proxy's address, and the
   * per-address sign-in limit would hold back everyone at once.
   */
  trustProxy: boolean | number | string;
  /** The address people open Schakel at: the base of the links in mails. */
  publicUrl: string;
  mail: { smtpUrl?: string | undefined; from: string };
  sessions: {
    idleMinutes: number;
    absoluteHours: number;
    /** Secure, `__Host-` cookies: for every installation served over HTTPS. */
    secureCookies: boolean;
  };
  /** Where the built web app lives; absent when only the API is served (tests). */
  webRoot?: string;
  /**
   * The partner directory's public page for residents (public fields only, with a quick exit):
   * off unless a deployment chooses it. Off, its API answers 404 as if it did not exist.
   */
  publicDirectory: boolean;
  /**
   * The keys that seal case narratives (base64, the first seals, the rest only open): from
   * `SCHAKEL_DATA_KEY`; without it, from `keyFile`, which the server creates at first start.
   */
  dataKeys: { fromEnvironment?: string | undefined; keyFile: string };
  /** Months after a case closes before its free texts are erased (the structure stays). */
  caseRetentionMonths: number;
}

export class ConfigError extends Error {}

/**
 * Reads the configuration from an environment. An invalid value throws a ConfigError whose
 * message is one line naming the variable — never its value, which may hold a password.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new ConfigError(`Invalid configuration: ${variable} ${issue?.message ?? 'is invalid'}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.SCHAKEL_DATA_DIR);
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    dataDir,
    database: env.DATABASE_URL
      ? { engine: 'postgres', url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX }
      : { engine: 'sqlite', file: path.join(dataDir, 'schakel.sqlite') },
    // The demo goes only into the embedded database by itself; never silently into PostgreSQL.
    seedDemo: env.SCHAKEL_SEED_DEMO ?? (!env.DATABASE_URL && env.NODE_ENV !== 'production'),
    logLevel: env.LOG_LEVEL,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    sessions: {
      idleMinutes: env.SESSION_IDLE_MINUTES,
      absoluteHours: env.SESSION_ABSOLUTE_HOURS,
      secureCookies: env.SCHAKEL_SECURE_COOKIES ?? env.NODE_ENV === 'production',
    },
    publicDirectory: env.SCHAKEL_PUBLIC_DIRECTORY,
    caseRetentionMonths: env.SCHAKEL_CASE_RETENTION_MONTHS,
    dataKeys: {
      fromEnvironment: env.SCHAKEL_DATA_KEY,
      keyFile: path.join(dataDir, 'keys', 'data-keys'),
    },
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}
