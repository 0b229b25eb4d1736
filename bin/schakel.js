#!/usr/bin/env node
// The `schakel` command. It runs the compiled CLI, which `npm install` builds (prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('Schakel is not built yet. Run `npm run build` in the project folder first.');
  process.exit(1);
}
await import(entry.href);
