import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFeedback } from '../../src/feedback/read/plan.js';
import { type FeedbackRow, type ReadOptions, readRange, WHOLE_FILE, withReadPlan } from '../../src/feedback/read/reader.js';

/** Reads a file with the real reader, collecting the rows the sink would get. */
export async function readAll(path: string, options: ReadOptions = {}) {
  let rows: FeedbackRow[] = [];
  const result = await readFeedback(path, options, () => {
    rows = [];
    return (row) => rows.push(row);
  });
  return { ...result, rows };
}

/** Encodes text the way exporters do, byte for byte. */
export function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const little = Buffer.from(text, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(little).swap16()]);
    }
    case 'windows-1252':
      // Only the characters the tests use: Latin-1 (and C1 bytes as themselves) plus the euro sign at 0x80.
      return Buffer.from([...text].map((character) => (character === '€' ? 0x80 : character.charCodeAt(0))));
  }
}

export function writeFixture(directory: string, name: string, content: string | Buffer): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

/** Reads a file's data records with the real reader: every cell, with the line each record starts on. */
export async function readRecords(path: string, options: ReadOptions = {}) {
  const records: { line: number; cells: string[] }[] = [];
  const account = await withReadPlan(path, options, (plan) => readRange(plan, WHOLE_FILE, (cells, line) => records.push({ line, cells })));
  return { records, account };
}
