import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { whereItPicksUp } from '../../src/cli/commands/questionnaire-session.js';
import { invokedAs, quoteForShell, resumeCommand } from '../../src/cli/invocation.js';

describe('invokedAs: the program as the person started it', () => {
  const installed = '/usr/local/lib/node_modules/centricity/bin/centricity.js';

  it('is npx centricity when npm started the process: npx, npm exec, an npm script', () => {
    // What npm 11 sets for `npx centricity` and `npm exec centricity`.
    const npx = { npm_command: 'exec', npm_lifecycle_event: 'npx', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' };
    expect(invokedAs(npx, '/home/sam/.npm/_npx/02a4def5478beffc/node_modules/.bin/centricity')).toBe('npx centricity');
    // `npm run audit` in a project that has centricity as a dependency: not on the person's PATH outside the script.
    expect(invokedAs({ npm_command: 'run', npm_lifecycle_event: 'audit' }, '/work/app/node_modules/.bin/centricity')).toBe(
      'npx centricity',
    );
    expect(invokedAs({ npm_execpath: '/usr/lib/node_modules/pnpm/bin/pnpm.cjs' }, installed)).toBe('npx centricity');
  });

  it("is npx centricity for a script in npx's cache, even without npm's variables", () => {
    expect(invokedAs({}, '/home/sam/.npm/_npx/02a4def5478beffc/node_modules/centricity/bin/centricity.js')).toBe('npx centricity');
    expect(invokedAs({}, 'C:\\Users\\sam\\AppData\\Local\\npm-cache\\_npx\\1f2e\\node_modules\\centricity\\bin\\centricity.js')).toBe(
      'npx centricity',
    );
  });

  it('is centricity otherwise: a global install, a folder that only looks like the cache, no script at all', () => {
    expect(invokedAs({}, installed)).toBe('centricity');
    expect(invokedAs({ npm_command: '' }, '/home/sam/my_npx_tools/centricity.js')).toBe('centricity');
    expect(invokedAs({}, undefined)).toBe('centricity');
  });
});

describe('resumeCommand', () => {
  it('repeats the arguments as given, with --resume after audit', () => {
    expect(resumeCommand('centricity', ['audit'])).toBe('centricity audit --resume');
    expect(resumeCommand('npx centricity', ['audit', '--save-answers', 'team/pat.yaml', '--feedback', 'nps.csv'])).toBe(
      'npx centricity audit --resume --save-answers team/pat.yaml --feedback nps.csv',
    );
    // Only the subcommand gets --resume, not a file that happens to be called audit.
    expect(resumeCommand('centricity', ['audit', '--out', 'audit'])).toBe('centricity audit --resume --out audit');
  });

  it('does not repeat --resume, and quotes what the shell would split or expand', () => {
    expect(resumeCommand('centricity', ['audit', '--resume', '--save-answers', "Pat's answers.yaml"])).toBe(
      `centricity audit --resume --save-answers 'Pat'\\''s answers.yaml'`,
    );
    expect(resumeCommand('centricity', ['audit', '--save-answers=$HOME/a b.yaml'])).toBe(
      `centricity audit --resume '--save-answers=$HOME/a b.yaml'`,
    );
  });
});

describe('quoteForShell', () => {
  it('leaves plain words alone', () => {
    for (const word of ['answers.yaml', './team/pat.yaml', '--save-answers', 'C:/a/b.yaml', 'a=b,c@d%e+f:g']) {
      expect(quoteForShell(word)).toBe(word);
    }
  });

  it('gives back any word exactly when a POSIX shell reads it', () => {
    const word = fc.string({ unit: 'grapheme', maxLength: 30 }).filter((text) => !text.includes('\0'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        // printf repeats its format for each argument: one NUL-terminated line per word read back.
        const echoed = execFileSync('sh', ['-c', `printf '%s\\0' ${words.map(quoteForShell).join(' ')}`], { encoding: 'utf8' });
        expect(echoed.split('\0').slice(0, -1)).toEqual(words);
      }),
      { numRuns: 60 },
    );
  });
});

describe('whereItPicksUp', () => {
  it('says how many are answered and which question comes next', () => {
    expect(whereItPicksUp(6, 34, 6)).toBe('6 of 34 answered; going on at question 7.');
    // Answers need not be the first ones: the next question is the first unanswered one.
    expect(whereItPicksUp(3, 34, 0)).toBe('3 of 34 answered; going on at question 1.');
    expect(whereItPicksUp(34, 34, 'review')).toBe(
      '34 of 34 answered; going through them again from question 1, each with its saved answer selected.',
    );
  });
});
