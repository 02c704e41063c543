/** The templates centricity ships are compiled at build time (scripts/bundle.mjs): every one of them, keyed by its text. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadPartials, loadTemplate, renderMarkdown } from '../../src/report/markdown.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('templates compiled at build time', () => {
  it('holds every shipped template and partial, by the hash of its text as it is now', () => {
    const specs = createRequire(import.meta.url)(`${root}dist/report/precompiled.cjs`) as Map<string, unknown>;
    const paths = [
      ...readdirSync(`${root}templates`)
        .filter((name) => name.endsWith('.hbs'))
        .map((name) => `templates/${name}`),
      ...readdirSync(`${root}templates/partials`).map((name) => `templates/partials/${name}`),
    ];
    expect(paths.length).toBeGreaterThan(4);
    for (const path of paths) {
      const hash = createHash('sha256')
        .update(readFileSync(`${root}${path}`, 'utf8'))
        .digest('hex');
      expect(specs.has(hash), path).toBe(true);
    }
  });

  it("renders a template it does not hold (a user's own, or one edited since the build) by compiling it", async () => {
    const own = `${await loadTemplate()}\nAnd one line of our own: {{generator.name}}.\n`;
    expect(renderMarkdown({ generator: { name: 'centricity' } }, own, 'template', await loadPartials())).toContain(
      'And one line of our own: centricity.',
    );
  });
});
