import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A file beside the SQLite database that says which process serves it, so that `schakel restore`
 * can refuse to swap the file out from under a running server. A marker left by a process that
 * has died is ignored.
 */
const markerOf = (databaseFile: string) => `${databaseFile}.server-pid`;

export function markServing(databaseFile: string): () => void {
  const marker = markerOf(databaseFile);
  writeFileSync(marker, String(process.pid));
  return () => rmSync(marker, { force: true });
}

/** The id of a live process that serves this database, if any. */
export function servingProcess(databaseFile: string): number | undefined {
  const marker = markerOf(databaseFile);
  if (!existsSync(marker)) return undefined;
  const pid = Number(readFileSync(marker, 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return pid;
  } catch {
    return undefined;
  }
}
