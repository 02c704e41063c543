/**
 * The JSON outputs follow JSON Schemas shipped in templates/schema/, generated from the
 * TypeScript types of the report models. The committed schemas must match the types (regenerate
 * with UPDATE_SCHEMA=1 npx vitest run test/schema after a change, and bump the version when a
 * field changes meaning or disappears), and real outputs must validate against them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { createGenerator } from 'ts-json-schema-generator';
import { describe, expect, it } from 'vitest';
import { REPORT_SCHEMA_VERSION } from '../../src/report/model.js';
import { runCli, temporaryDirectory } from '../helpers/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// The types of the JSON as written: the report models with the words of this schema version beside their findings.
const SCHEMAS = { ReportJson: 'report', FeedbackReportJson: 'feedback-report', FeedbackIndexJson: 'feedback-index' } as const;
const schemaPath = (name: string) => `${ROOT}templates/schema/${name}.v${REPORT_SCHEMA_VERSION}.schema.json`;

function generate(type: keyof typeof SCHEMAS): string {
  const schema = createGenerator({
    path: `${ROOT}src/index.ts`,
    tsconfig: `${ROOT}tsconfig.json`,
    type,
    skipTypeCheck: true,
    expose: 'export',
  }).createSchema(type);
  const name = SCHEMAS[type];
  const heading = {
    $id: `centricity/${name}/v${REPORT_SCHEMA_VERSION}`,
    title: `centricity ${name}, schema version ${REPORT_SCHEMA_VERSION}`,
  };
  return `${JSON.stringify({ ...heading, ...schema }, null, 2)}\n`;
}

describe('JSON schemas', () => {
  it.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])(
    'the committed schema of %s matches its TypeScript type',
    (type) => {
      const generated = generate(type);
      if (process.env.UPDATE_SCHEMA) writeFileSync(schemaPath(SCHEMAS[type]), generated);
      expect(generated).toBe(readFileSync(schemaPath(SCHEMAS[type]), 'utf8'));
    },
    30_000,
  );

  it('validates the real outputs of audit and score', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validator = (name: string) => ajv.compile(JSON.parse(readFileSync(schemaPath(name), 'utf8')));
    const directory = temporaryDirectory();
    try {
      const audit = runCli(['audit', '--demo', '--format', 'json', '--out', '-', '--quiet'], { cwd: directory.path });
      const report = validator('report');
      expect(report(JSON.parse(audit.stdout)), JSON.stringify(report.errors)).toBe(true);
      const demoFeedback = fileURLToPath(new URL('../../templates/demo/feedback.csv', import.meta.url));
      expect(
        runCli(
          [
            'score',
            demoFeedback,
            fileURLToPath(new URL('../fixtures/qualtrics.csv', import.meta.url)),
            '--format',
            'json',
            '--out-dir',
            'out',
            '--quiet',
          ],
          { cwd: directory.path },
        ).status,
      ).toBe(0);
      const feedback = validator('feedback-report');
      expect(feedback(JSON.parse(readFileSync(`${directory.path}/out/feedback.json`, 'utf8'))), JSON.stringify(feedback.errors)).toBe(true);
      expect(feedback(JSON.parse(readFileSync(`${directory.path}/out/qualtrics.json`, 'utf8'))), JSON.stringify(feedback.errors)).toBe(
        true,
      );
      const index = validator('feedback-index');
      expect(index(JSON.parse(readFileSync(`${directory.path}/out/index.json`, 'utf8'))), JSON.stringify(index.errors)).toBe(true);
      // A schema that accepts anything proves nothing: a broken report must fail.
      expect(report({ ...JSON.parse(audit.stdout), overall: { score: 'high' } })).toBe(false);
    } finally {
      directory.remove();
    }
  });
});
