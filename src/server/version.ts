import { readFileSync } from 'node:fs';

// src/server and dist/server sit at the same depth, so one relative path serves both.
const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

export const version: string = packageJson.version;
