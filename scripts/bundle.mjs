// The command line bundled (dist/cli/bundle/main.js and a chunk per command), built from tsc's output in
// dist/: a start loads a few files instead of about 170 (a third less time for `audit`), and `--help`
// only the entry chunk. The data packages read at
// run time through createRequire (lexicons, word lists, stop words) stay outside it, and so do the
// worker threads' modules, which dist/feedback keeps as tsc wrote them.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

// Chunks are named by their hash: last build's would stay beside this one's.
rmSync('dist/cli/bundle', { recursive: true, force: true });

await build({
  entryPoints: ['dist/cli/main.js'],
  // Each command in a chunk of its own, loaded when it runs: `--help` loads the entry chunk only.
  outdir: 'dist/cli/bundle',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (handlebars, yaml's parts) call require for Node's own modules.
  banner: {
    js: [
      "import { createRequire as createRequireForBundle } from 'node:module';",
      'const require = createRequireForBundle(import.meta.url);',
    ].join('\n'),
  },
  logLevel: 'warning',
});

// The templates centricity ships, compiled now rather than at every run (about 60 ms of each
// report), keyed by the SHA-256 of their text: a template that differs from the one compiled here
// (a user's own, or one edited since the build) is compiled at run time as before.
const templates = [
  ...readdirSync('templates')
    .filter((name) => name.endsWith('.hbs'))
    .map((name) => `templates/${name}`),
  ...readdirSync('templates/partials')
    .filter((name) => name.endsWith('.hbs'))
    .map((name) => `templates/partials/${name}`),
];
const entries = templates.map((path) => {
  const text = readFileSync(path, 'utf8');
  const hash = createHash('sha256').update(text).digest('hex');
  // The same options as renderMarkdown's compile (src/report/markdown.ts).
  return `  [${JSON.stringify(hash)}, ${Handlebars.precompile(text, { noEscape: true, strict: false })}],`;
});
writeFileSync(
  'dist/report/precompiled.cjs',
  `// Built by scripts/bundle.mjs from templates/: Handlebars template specs by the SHA-256 of their text.\nmodule.exports = new Map([\n${entries.join('\n')}\n]);\n`,
);
