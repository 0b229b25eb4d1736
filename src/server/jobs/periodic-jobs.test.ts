import { describe, expect, it } from 'vitest';
import { startPeriodicJobs } from './periodic-jobs.js';

const waitFor = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 5));
};

describe('periodic jobs', () => {
  it('run at start and every interval; a failing job is logged and the next still runs', async () => {
    const runs: string[] = [];
    const logged: { level: string; fields: Record<string, unknown> }[] = [];
    const stop = startPeriodicJobs(
      [
        {
          name: 'breaks',
          run: async () => {
            runs.push('breaks');
            throw new Error('database away');
          },
        },
        {
          name: 'works',
          run: async () => {
            runs.push('works');
            return { reminded: 1 };
          },
        },
      ],
      { intervalMs: 20, log: (level, _message, fields) => logged.push({ level, fields }) },
    );
    await waitFor(() => runs.filter((run) => run === 'works').length >= 2);
    await stop();
    const after = runs.length;
    await new Promise((r) => setTimeout(r, 60));

    expect(runs.slice(0, 4)).toEqual(['breaks', 'works', 'breaks', 'works']);
    expect(runs.length).toBe(after); // stopped: no more rounds
    expect(logged).toContainEqual({
      level: 'error',
      fields: { job: 'breaks', error: 'database away' },
    });
    expect(logged).toContainEqual({ level: 'info', fields: { job: 'works', reminded: 1 } });
  });
});
