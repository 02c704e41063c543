#!/usr/bin/env node
/**
 * Lists every line of code in src/ and test/ longer than the formatter's width (Biome wraps code at
 * its lineWidth, but never a long string or comment), as file:line, and fails when there is one.
 * A line that holds one regular-expression literal and nothing else is let through, as ESLint's
 * max-len does with ignoreRegExpLiterals: a pattern cut in two is harder to read than a long line.
 * Usage: node scripts/line-length.mjs [folder or file …] (src and test by default)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The one width, Biome's: read from its config rather than written twice.
const MAX = Number(/"lineWidth":\s*(\d+)/.exec(readFileSync(new URL('../biome.jsonc', import.meta.url), 'utf8'))?.[1]);
if (!Number.isInteger(MAX)) throw new Error('biome.jsonc names no formatter lineWidth');
const EXTENSIONS = /\.(?:ts|mts|js|mjs)$/;
const SKIPPED = new Set(['node_modules', 'golden']);
const LONE_PATTERN = /^\s*\/(?![*/]).*\/[dgimsuvy]*[,;)]*$/;

function* codeFiles(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory() ? !SKIPPED.has(entry.name) : EXTENSIONS.test(entry.name)) yield* codeFiles(child);
  }
}

const folders = process.argv.length > 2 ? process.argv.slice(2) : ['src', 'test'];
let count = 0;
for (const folder of folders) {
  for (const file of codeFiles(folder)) {
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((line, index) => {
        // Characters, not UTF-16 units: "–" and "→" take one column each.
        const length = [...line].length;
        if (length <= MAX || LONE_PATTERN.test(line)) return;
        count++;
        console.log(`${relative('.', file)}:${index + 1}: ${length} characters`);
      });
  }
}
if (count > 0) {
  console.log(`${count} ${count === 1 ? 'line is' : 'lines are'} over ${MAX} characters: wrap long strings and comments by hand.`);
  process.exitCode = 1;
}
