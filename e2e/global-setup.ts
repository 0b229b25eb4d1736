import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/** Builds the web app once, fresh from source, into a temporary folder for the browser tests. */
export default async function setup(project: TestProject) {
  const { build } = await import('vite');
  const outDir = mkdtempSync(path.join(tmpdir(), 'schakel-web-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap: false } });
  project.provide('webRoot', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    webRoot: string;
  }
}
