/**
 * Things to undo if the process is stopped by a signal before it finishes, such as a temporary
 * file not yet renamed into place. The CLI runs them on SIGINT and SIGTERM (src/cli/signals.ts);
 * they must be synchronous, because nothing asynchronous runs once the process is exiting.
 */
const pending = new Set<() => void>();

/** Registers `undo` until the returned function is called (when the work finished or failed on its own). */
export function untilDone(undo: () => void): () => void {
  pending.add(undo);
  return () => {
    pending.delete(undo);
  };
}

/** Runs every pending undo once; one that fails does not keep the others from running. */
export function undoPending(): void {
  for (const undo of [...pending]) {
    pending.delete(undo);
    try {
      undo();
    } catch {
      // Best effort: the process is being stopped, and there is nobody left to tell.
    }
  }
}
