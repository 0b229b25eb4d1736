import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const messageOf = (environment: NodeJS.ProcessEnv) => {
  try {
    loadConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('configuration from the environment', () => {
  it('runs on SQLite under ./data on port 3000 with the demo when nothing is set', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.host).toBe('localhost');
    expect(config.database).toEqual({
      engine: 'sqlite',
      file: path.resolve('data', 'schakel.sqlite'),
    });
    expect(config.seedDemo).toBe(true);
  });

  it('uses PostgreSQL when DATABASE_URL is a postgres URL', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/schakel',
      DATABASE_POOL_MAX: '4',
    });
    expect(config.database).toEqual({
      engine: 'postgres',
      url: 'postgres://u:p@db:5432/schakel',
      poolMax: 4,
    });
  });

  it('never seeds the demo into PostgreSQL unless asked to', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/schakel' }).seedDemo).toBe(false);
    expect(
      loadConfig({ DATABASE_URL: 'postgres://db/schakel', SCHAKEL_SEED_DEMO: 'true' }).seedDemo,
    ).toBe(true);
  });

  it('does not seed the demo in production unless asked to', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SCHAKEL_SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ SCHAKEL_SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('believes a proxy only when told to', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe(
      '10.0.0.0/8, 127.0.0.1',
    );
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
  });

  it('keeps the public directory page off unless a deployment turns it on', () => {
    expect(loadConfig({}).publicDirectory).toBe(false);
    expect(loadConfig({ SCHAKEL_PUBLIC_DIRECTORY: 'true' }).publicDirectory).toBe(true);
    expect(loadConfig({ SCHAKEL_PUBLIC_DIRECTORY: 'false' }).publicDirectory).toBe(false);
    expect(loadConfig({ SCHAKEL_PUBLIC_DIRECTORY: '' }).publicDirectory).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '1.5' }, 'PORT'],
    [{ HOST: '  ' }, 'HOST'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ SCHAKEL_SEED_DEMO: 'maybe' }, 'SCHAKEL_SEED_DEMO'],
    [{ SCHAKEL_PUBLIC_DIRECTORY: 'on' }, 'SCHAKEL_PUBLIC_DIRECTORY'],
    [{ DATABASE_POOL_MAX: '0' }, 'DATABASE_POOL_MAX'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('refuses %o with one line naming %s', (environment, variable) => {
    const message = messageOf(environment);
    expect(message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    expect(message).not.toContain('\n');
  });

  it('names DATABASE_URL without repeating its value, which may hold a password', () => {
    const message = messageOf({ DATABASE_URL: 'mysql://admin:s3cret@db/schakel' });
    expect(message).toContain('DATABASE_URL');
    expect(message).not.toContain('s3cret');
  });
});
