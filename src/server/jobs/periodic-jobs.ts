/** A job that is safe to run at any time and any number of times: it does only what is due. */
export interface PeriodicJob {
  name: string;
  run(): Promise<Record<string, number>>;
}

export interface PeriodicJobsOptions {
  /** How often each job looks for work; hourly by default. */
  intervalMs?: number;
  log: (level: 'info' | 'error', message: string, fields: Record<string, unknown>) => void;
}

/**
 * Runs each job at start and then every interval. The jobs themselves decide what is due (and
 * claim it in the database), so a restart, a missed hour or two servers never send twice.
 * A failing job is logged and tried again next time. Returns a function that stops the timer
 * and waits for a running round to finish.
 */
export function startPeriodicJobs(
  jobs: readonly PeriodicJob[],
  { intervalMs = 60 * 60 * 1000, log }: PeriodicJobsOptions,
): () => Promise<void> {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const round = async () => {
    for (const job of jobs) {
      if (stopped) return;
      try {
        const outcome = await job.run();
        log('info', 'periodic job done', { job: job.name, ...outcome });
      } catch (error) {
        log('error', 'periodic job failed', { job: job.name, error: (error as Error).message });
      }
    }
  };
  const tick = () => {
    running = running.then(round);
  };

  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
