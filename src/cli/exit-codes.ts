/** Documented in the README; a fatal 2 is never overwritten by a later 1. */
export const EXIT = {
  ok: 0,
  /** The score is under a threshold the user set (--fail-under). */
  belowThreshold: 1,
  /** Usage or input error: a bad option, a missing or malformed file, or too few answers to check a threshold. */
  usage: 2,
  /** A feedback file's headline figures are withheld: too much of it could not be read (--allow-partial accepts it). */
  withheld: 2,
  /** The questionnaire was interrupted (Ctrl-C); the answers so far are saved. */
  interrupted: 130,
  /** Stopped by SIGTERM; temporary files were removed. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
