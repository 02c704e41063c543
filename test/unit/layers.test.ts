import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, written once. A part is a folder of src/ or one file in it; a longer key wins,
 * so checks/check.ts (the shape of a check, which every part may use) is a part of its own, apart
 * from the checks, and checks/index.ts (the registry of every check) sits above them. A module may
 * always import from its own part; any other import must be listed here. Data flows one way:
 * parse → analyse → score → checks → choose actions → report model → views, with the CLI on top.
 */
const SHARED = ['errors.ts', 'format.ts', 'printable.ts', 'calendar.ts', 'checks/check.ts'];
const CORE = ['questionnaire', 'answers', 'feedback', 'scoring', 'checks', 'actions', 'checks/index.ts'];
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  'errors.ts': [],
  'format.ts': [],
  'printable.ts': [],
  'calendar.ts': [],
  'checks/check.ts': [],
  // Files, pipes, YAML and CSV at the edge; the parsers of the core read through it.
  io: SHARED,
  questionnaire: SHARED,
  answers: [...SHARED, 'io', 'questionnaire'],
  feedback: [...SHARED, 'io'],
  scoring: [...SHARED, 'questionnaire', 'answers', 'feedback'],
  checks: [...SHARED, 'questionnaire', 'answers', 'feedback', 'scoring'],
  actions: [...SHARED, 'io', 'questionnaire', 'answers', 'feedback', 'scoring', 'checks'],
  'checks/index.ts': [...SHARED, ...CORE],
  config: [...SHARED, 'io', ...CORE],
  // The report model and its views (Markdown, terminal, step summary, JSON).
  report: [...SHARED, 'io', ...CORE, 'history'],
  // Snapshots of earlier audits and their comparison, which the report model carries; the folder at the edge.
  history: [...SHARED, 'io', 'answers'],
  // A snapshot is taken from a finished report model.
  'history/of-report.ts': [...SHARED, ...CORE, 'report', 'history'],
  'audit.ts': [...SHARED, ...CORE, 'report'],
  cli: [...SHARED, 'io', ...CORE, 'config', 'report', 'audit.ts', 'history', 'history/of-report.ts'],
  // The programmatic API: the core and the views, never the CLI.
  'index.ts': [...SHARED, 'io', ...CORE, 'config', 'report', 'audit.ts', 'history', 'history/of-report.ts'],
};

/** Packages that draw on a terminal or parse its arguments: only the CLI may use them. */
const CLI_ONLY_PACKAGES = ['@inquirer/prompts', 'chalk', 'commander', 'ora'];

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** `import … from '…'`, `import type …`, `export … from '…'`, `import '…'` and `import('…')`. */
const IMPORT = /\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function importsOf(source: string): string[] {
  return Array.from(source.matchAll(IMPORT), (match) => (match[1] ?? match[2])!);
}

/** The part of src/ a module belongs to, e.g. `feedback` for feedback/read/reader.ts. */
function partOf(module: string): string | undefined {
  const parts = Object.keys(MAY_IMPORT).filter((part) => module === part || module.startsWith(`${part}/`));
  return parts.sort((a, b) => b.length - a.length)[0];
}

/** Every module of src/ (paths relative to src/, with `/`) and the modules and packages it imports. */
function importGraph(): Map<string, { modules: string[]; packages: string[] }> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => path.split('\\').join('/'));
  const graph = new Map<string, { modules: string[]; packages: string[] }>();
  for (const file of files.sort()) {
    const specifiers = importsOf(readFileSync(join(SRC, file), 'utf8'));
    graph.set(file, {
      modules: specifiers
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => posix.join(posix.dirname(file), specifier).replace(/\.js$/, '.ts')),
      packages: specifiers.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:')),
    });
  }
  return graph;
}

/** Each import that crosses the layers the wrong way, as "from → to (rule)". */
function breaches(graph: ReadonlyMap<string, { modules: readonly string[]; packages: readonly string[] }>): string[] {
  const found: string[] = [];
  for (const [file, { modules, packages }] of graph) {
    const from = partOf(file);
    if (from === undefined) {
      found.push(`src/${file} is in no layer: add its folder to MAY_IMPORT in test/unit/layers.test.ts`);
      continue;
    }
    for (const module of modules) {
      const to = partOf(module);
      if (to !== from && (to === undefined || !MAY_IMPORT[from]!.includes(to)))
        found.push(`src/${file} → src/${module} (${from} may import only ${MAY_IMPORT[from]!.join(', ') || 'itself'})`);
    }
    for (const name of packages) {
      if (from !== 'cli' && CLI_ONLY_PACKAGES.some((cliOnly) => name === cliOnly || name.startsWith(`${cliOnly}/`)))
        found.push(`src/${file} → ${name} (only src/cli draws on the terminal)`);
    }
  }
  return found;
}

/** Every import cycle, each as the files around it, the first repeated at the end; one per edge that closes a cycle. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (module: string) => {
    const onPath = path.indexOf(module);
    if (onPath !== -1) {
      found.push([...path.slice(onPath), module]);
      return;
    }
    if (done.has(module)) return;
    path.push(module);
    for (const next of graph.get(module) ?? []) visit(next);
    path.pop();
    done.add(module);
  };
  for (const module of graph.keys()) visit(module);
  return found;
}

describe('layers', () => {
  const graph = importGraph();

  it('reads the imports of every module, in every form', () => {
    expect(graph.size).toBeGreaterThan(50);
    const source = [
      "import { a } from './a.js';",
      'import type {\n  B,\n  C,\n} from "../b.js";',
      "export * from './c.js';",
      "export { d } from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js');",
      "export const g = 'from';",
      "// importing './h.js' is a comment",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a.js', '../b.js', './c.js', './d.js', './e.js', './f.js']);
    for (const [file, { modules }] of graph) {
      for (const module of modules)
        expect(existsSync(join(SRC, module)), `src/${file} imports src/${module}, which does not exist`).toBe(true);
    }
  });

  it('finds a module in the longest part that holds it', () => {
    expect(partOf('feedback/read/reader.ts')).toBe('feedback');
    expect(partOf('checks/check.ts')).toBe('checks/check.ts');
    expect(partOf('checks/nps-below.ts')).toBe('checks');
    expect(partOf('checks/index.ts')).toBe('checks/index.ts');
    expect(partOf('format.ts')).toBe('format.ts');
    expect(partOf('formats/x.ts')).toBeUndefined();
  });

  it('names an import against the layers, an unknown folder and a terminal package in the core', () => {
    const sample = new Map([
      ['feedback/analyse.ts', { modules: ['report/markdown.ts', 'io/files.ts'], packages: ['csv-parse'] }],
      ['questionnaire/ask.ts', { modules: ['report/summary.ts'], packages: ['@inquirer/prompts'] }],
      ['cli/prompts.ts', { modules: ['report/summary.ts'], packages: ['@inquirer/prompts'] }],
      ['plugins/x.ts', { modules: [], packages: [] }],
    ]);
    expect(breaches(sample)).toEqual([
      expect.stringMatching(/^src\/feedback\/analyse\.ts → src\/report\/markdown\.ts \(feedback may import only errors\.ts/),
      expect.stringMatching(/^src\/questionnaire\/ask\.ts → src\/report\/summary\.ts/),
      'src/questionnaire/ask.ts → @inquirer/prompts (only src/cli draws on the terminal)',
      expect.stringMatching(/^src\/plugins\/x\.ts is in no layer/),
    ]);
  });

  it('keeps every import of src/ to the layers: the core imports nothing from the views or the CLI', () => {
    expect(breaches(graph)).toEqual([]);
  });

  it('names the files of an import cycle', () => {
    const sample = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(cycles(sample)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(cycles(new Map([['a.ts', ['a.ts']]]))).toEqual([['a.ts', 'a.ts']]);
    const acyclic = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', []],
    ]);
    expect(cycles(acyclic)).toEqual([]);
  });

  it('has no import cycle in src/', () => {
    const modules = new Map(Array.from(graph, ([file, { modules }]) => [file, modules]));
    expect(cycles(modules).map((cycle) => cycle.map((file) => `src/${file}`).join(' → '))).toEqual([]);
  });
});
