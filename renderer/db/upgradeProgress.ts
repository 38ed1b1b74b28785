/**
 * How far a data upgrade has got while the database opens. A version's upgrade runs inside IndexedDB's version-change
 * transaction before the app can read anything, and at 100,000 incidents it takes seconds: the upgrade reports its
 * progress here as it goes (`reportUpgradeProgress`, page by page) and the splash screen shows it
 * (`SplashScreen`), so the window says what it is doing instead of looking frozen. Module state: one database
 * opens per window.
 */
export interface UpgradeProgress {
  /** The version being upgraded to (Dexie's numbering). */
  readonly version: number;
  /** What the upgrade does, in words, for the splash screen ("Indexing incident search words"). */
  readonly task: string;
  readonly done: number;
  readonly total: number;
}

let current: UpgradeProgress | undefined;
const listeners = new Set<() => void>();

/** Records where the running upgrade is; `undefined` when it has finished. */
export function reportUpgradeProgress(progress: UpgradeProgress | undefined): void {
  current = progress;
  for (const listener of listeners) listener();
}

/** The running upgrade's progress, if one is running. */
export function upgradeProgress(): UpgradeProgress | undefined {
  return current;
}

/** Calls `listener` on every report; returns the function that stops it. */
export function subscribeUpgradeProgress(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Runs an upgrade's long step, reporting its progress as `task` of `version` (`report(done, total)`), and clears the
 * report when it ends, whether or not it succeeded.
 */
export async function withUpgradeProgress<T>(
  version: number,
  task: string,
  step: (report: (done: number, total: number) => void) => Promise<T>,
): Promise<T> {
  try {
    return await step((done, total) => reportUpgradeProgress({ version, task, done, total }));
  } finally {
    reportUpgradeProgress(undefined);
  }
}
