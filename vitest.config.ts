import { execFileSync } from 'node:child_process';
import { defineConfig } from 'vitest/config';

/** Debian's chromium, if installed: the browser tests drive it through playwright-core. */
function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

const chromium = findChromium();
if (!chromium) {
  if (process.env.CI === 'true') {
    throw new Error('CI=true but chromium is not installed: the browser tests cannot run.');
  }
  console.warn(
    '\n⚠  Browser tests SKIPPED: chromium not found (apt-get install -y chromium to run them).\n',
  );
}

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'server',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      ...(chromium
        ? [
            {
              test: {
                name: 'browser',
                include: ['e2e/**/*.test.ts'],
                environment: 'node',
                globalSetup: ['e2e/global-setup.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
                env: { CHROMIUM_PATH: chromium },
              },
            },
          ]
        : []),
    ],
  },
});
