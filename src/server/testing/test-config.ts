import type { Config, DatabaseConfig } from '../config.js';
import { newDataKey } from '../privacy/field-encryption.js';

/** A server configuration for tests: loopback, a free port, quiet logs, the demo seeded. */
export function testServerConfig(database: DatabaseConfig, webRoot = '/nonexistent'): Config {
  return {
    env: 'test',
    host: '127.0.0.1',
    port: 0,
    dataDir: '/nonexistent',
    database,
    seedDemo: true,
    logLevel: 'silent',
    sessions: { idleMinutes: 30, absoluteHours: 12, secureCookies: false },
    trustProxy: false,
    publicUrl: 'http://localhost:3000',
    mail: { from: 'Schakel <noreply@test.schakel.example>' },
    webRoot,
    publicDirectory: false,
    caseRetentionMonths: 12,
    // A key of its own: no key file is written.
    dataKeys: { fromEnvironment: newDataKey(), keyFile: '/nonexistent/keys/data-keys' },
  };
}
