import { type Document, isMap, isScalar, LineCounter, parseDocument, visit, type YAMLError, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { errorMessage, InputError, ValidationError } from '../errors.js';
import { shorten } from '../printable.js';

/** A YAML (or JSON) file read into plain data, able to say on which line any field stands. */
export interface YamlSource {
  data: unknown;
  /** "line 12: " for a dotted path (or the map that should hold a missing field), or ''. */
  lineOf(path: readonly PropertyKey[]): string;
}

/**
 * Parses YAML. The first syntax mistake is reported with its line and column: the parser's
 * complaints after it mostly follow from it (one tab can give thirty).
 */
export function readYaml(text: string, file: string, emptyHint: string): YamlSource {
  if (text.includes('\u0000'))
    throw new InputError(`${file} does not look like a YAML file (it holds binary data): give the path of the text file.`);
  const lineCounter = new LineCounter();
  let document: Document.Parsed;
  try {
    // Keys are checked for repeats below, once each: the library compares every key of a map with every other.
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    if (error instanceof RangeError) throw new ValidationError(file, [`not valid YAML: ${TOO_DEEP}.`]);
    throw error;
  }
  const first = firstMistake(document, text);
  if (first) {
    const position = lineCounter.linePos(first.at);
    const where = `line ${position.line}, column ${position.col}: not valid YAML`;
    throw new ValidationError(file, [
      first.plain ? `${where}: ${first.plain}.` : `${where} (${first.message}); check the indentation and quotes there.`,
    ]);
  }
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    if (error instanceof RangeError) throw new ValidationError(file, [`not valid YAML: ${TOO_DEEP}.`]);
    // Structurally valid YAML can still fail to resolve (an alias to nothing, an alias bomb).
    throw new ValidationError(file, [
      `not valid YAML (${errorMessage(error).split('\n')[0]}); remove the * and & markers or quote the text.`,
    ]);
  }
  if (data === null || data === undefined) throw new ValidationError(file, [`the file is empty; ${emptyHint}`]);

  const nearestMapOffset = (path: readonly PropertyKey[]): number | undefined => {
    for (let length = path.length - 1; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length).map(String), true) as YamlNode | undefined;
      if (node && isMap(node)) return node.range?.[0];
    }
    return undefined;
  };
  return {
    data,
    lineOf: (path) => {
      // A field's own line is where its key stands; its value may start on the next line.
      const parent = document.getIn(path.slice(0, -1).map(String), true) as YamlNode | undefined;
      const pair =
        parent && isMap(parent)
          ? parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(path.at(-1)))
          : undefined;
      const key = pair && isScalar(pair.key) ? pair.key : undefined;
      const node = document.getIn(path.map(String), true) as YamlNode | undefined;
      const offset = key?.range?.[0] ?? node?.range?.[0] ?? nearestMapOffset(path);
      return offset === undefined ? '' : `line ${lineCounter.linePos(offset).line}: `;
    },
  };
}

/**
 * The YAML library's commonest errors in the words of someone writing a file by hand. `opener`: the
 * mistake is the unclosed bracket or quote, which the library finds only where the text runs out.
 */
const PLAIN_YAML_ERRORS: readonly { code: YAMLError['code']; message?: RegExp; plain: string; opener?: string }[] = [
  {
    code: 'MISSING_CHAR',
    message: /closing "quote/,
    plain: 'this quoted text is never closed; end it with " on the same line',
    opener: '"',
  },
  {
    code: 'MISSING_CHAR',
    message: /closing 'quote/,
    plain: "this quoted text is never closed; end it with ' on the same line",
    opener: "'",
  },
  {
    code: 'BAD_INDENT',
    message: /^Flow sequence/,
    plain: 'this list in [brackets] is never closed; end it with ] on the same line, or write one "- item" per line',
    opener: '[',
  },
  { code: 'BAD_INDENT', message: /^Flow map/, plain: 'this {…} is never closed; end it with } on the same line', opener: '{' },
  {
    code: 'BLOCK_AS_IMPLICIT_KEY',
    message: /^Nested mappings/,
    plain: 'a value holds a second ": "; put the text in quotes (note: "why: because"), or the inner fields on lines of their own',
  },
  { code: 'TAB_AS_INDENT', plain: 'this line is indented with a tab; indent with spaces' },
  {
    code: 'UNEXPECTED_TOKEN',
    message: /^Unexpected scalar at node end/,
    plain: 'more text follows a closing quote on the same line; put the whole value in quotes',
  },
];

/** The document's first mistake in the text: the parser's first error, or a key given twice in one map. */
function firstMistake(document: Document.Parsed, text: string): { at: number; plain?: string; message: string } | undefined {
  const mistakes = document.errors.map((error) => ({ ...inPlainWords(error, text), message: error.message.split('\n')[0]! }));
  visit(document, {
    Map(_, map) {
      const keys = new Set<string>();
      for (const { key } of map.items) {
        if (!isScalar(key) || key.range === undefined || key.range === null) continue;
        const name = String(key.value);
        if (keys.has(name)) mistakes.push({ at: key.range[0], plain: DUPLICATE_KEY, message: 'Map keys must be unique' });
        keys.add(name);
      }
    },
  });
  return mistakes.sort((a, b) => a.at - b.at)[0];
}

const DUPLICATE_KEY = 'this field is given twice in the same place; keep one';
const TOO_DEEP = 'lists or fields are nested too deeply to be read';

/** Where an error's mistake is, and what it is in plain words (undefined for the library's rarer errors). */
function inPlainWords(error: YAMLError, text: string): { at: number; plain?: string } {
  // The library catches its own stack overflow on a text nested thousands deep.
  if (error.message.includes('Maximum call stack size exceeded')) return { at: error.pos[0], plain: TOO_DEEP };
  const known = PLAIN_YAML_ERRORS.find((entry) => entry.code === error.code && (entry.message?.test(error.message) ?? true));
  if (!known) return { at: error.pos[0] };
  return { at: known.opener ? openerBefore(text, error.pos[0], known.opener) : error.pos[0], plain: known.plain };
}

const CLOSERS: Readonly<Record<string, string>> = { '[': ']', '{': '}' };

/** The bracket or quote left open before `end`: the last one not closed after it; `end` when there is none. */
function openerBefore(text: string, end: number, opener: string): number {
  const closer = CLOSERS[opener];
  let depth = 0;
  for (let at = Math.min(end, text.length) - 1; at >= 0; at--) {
    const character = text[at];
    if (closer === undefined) {
      // Inside double quotes, \" is a quote of the text.
      if (character === opener && !(opener === '"' && text[at - 1] === '\\')) return at;
    } else if (character === closer) depth++;
    else if (character === opener && depth-- === 0) return at;
  }
  return end;
}

/**
 * Checks data against a schema, collecting every problem as "line N: dotted.path: what was
 * expected." `allowedFields` names the fields a map may hold, for unexpected-field messages.
 */
export function validate<T>(
  schema: z.ZodType<T>,
  source: YamlSource,
  file: string,
  allowedFields: (path: readonly PropertyKey[]) => string,
  moreProblems: string[] = [],
): T {
  const parsed = schema.safeParse(source.data, { reportInput: true });
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        line: source.lineOf(issue.path),
        text: `${describePath(issue.path)}: ${describeIssue(issue, allowedFields)}`,
      }));
  if (problems.length === 0 && moreProblems.length === 0) return parsed.data as T;
  // Reported in file order, whichever check found them.
  const lineNumber = (problem: string) => Number(/^line (\d+)/.exec(problem)?.[1] ?? 0);
  const all = [...problems.map((problem) => `${problem.line}${problem.text}`), ...moreProblems].sort(
    (a, b) => lineNumber(a) - lineNumber(b),
  );
  throw new ValidationError(file, all);
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the file as a whole' : path.map(String).join('.');
}

/** Unexpected fields named in one problem; the rest are counted. */
const FIELDS_NAMED = 10;

/** What each kind of value is called in a YAML file written by hand. */
const YAML_KINDS: Readonly<Record<string, string>> = {
  object: 'fields (name: value lines)',
  array: 'a list ("- item" lines)',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  null: 'nothing',
};

const kindOfValue = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

function describeIssue(issue: z.core.$ZodIssue, allowedFields: (path: readonly PropertyKey[]) => string): string {
  if (issue.code === 'unrecognized_keys') {
    const shown = issue.keys.slice(0, FIELDS_NAMED).join(', ');
    const more = issue.keys.length > FIELDS_NAMED ? ` and ${issue.keys.length - FIELDS_NAMED} more` : '';
    return `unexpected field${issue.keys.length > 1 ? 's' : ''} ${shown}${more}; allowed here: ${allowedFields(issue.path)}.`;
  }
  if ((issue.code === 'too_big' || issue.code === 'too_small') && issue.message.startsWith('Too ')) {
    const bound = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
    return `expected ${bound}, found ${shorten(JSON.stringify(issue.input) ?? String(issue.input), 40)}.`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'this field is required.';
  // The schema's own messages stay; zod's default one ("Invalid input: expected object, received array") is told in YAML's words.
  const byDefault = issue.message.startsWith('Invalid input: expected');
  if (issue.code === 'invalid_type' && byDefault && YAML_KINDS[issue.expected] && YAML_KINDS[kindOfValue(issue.input)]) {
    return `expected ${YAML_KINDS[issue.expected]}, found ${YAML_KINDS[kindOfValue(issue.input)]}.`;
  }
  return `${issue.message.replace(/^Invalid (input|option): /, '')}.`;
}

/** The candidate closest to a misspelt id, if it is close enough to be what was meant. */
export function closestId(id: string, candidates: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(3, Math.floor(id.length / 4)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
