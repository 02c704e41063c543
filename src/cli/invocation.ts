/**
 * The commands centricity tells a person to type next, spelled the way they started it: a command
 * that works only through npx is no help to someone who typed `npx centricity`.
 */

/**
 * `npx centricity` when npm started this process, `centricity` otherwise. npm marks every process
 * it starts (npx, npm exec, an npm script) with npm_command, npm_lifecycle_event and
 * npm_execpath; one run from npx's cache (~/.npm/_npx/…) counts too, for when those were
 * stripped. Through an npm script `centricity` is on the PATH only inside the script, so npx is
 * what works in the person's shell.
 */
export function invokedAs(env: NodeJS.ProcessEnv = process.env, script: string | undefined = process.argv[1]): string {
  const byNpm = Boolean(env.npm_command || env.npm_lifecycle_event || env.npm_execpath);
  const fromNpxCache = script !== undefined && /[\\/]_npx[\\/]/.test(script);
  return byNpm || fromNpxCache ? 'npx centricity' : 'centricity';
}

/**
 * The command that goes on with an interrupted questionnaire, ready to paste into a shell: the
 * person's own arguments (`args`, after the program name), so that the answers file, the config,
 * the feedback and the report's place stay as they were, with --resume after `audit`.
 */
export function resumeCommand(program: string, args: readonly string[]): string {
  const words = [...args];
  if (!words.includes('--resume')) words.splice(words.indexOf('audit') + 1, 0, '--resume');
  return [program, ...words.map(quoteForShell)].join(' ');
}

/** A word as a POSIX shell reads it back: as it is when nothing in it is special, else in single quotes. */
export function quoteForShell(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
