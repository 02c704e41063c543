import { describe, expect, it } from 'vitest';
import { isExportName, notAnExport } from '../../src/feedback/file-kind.js';

const bytes = (...values: number[]) => Buffer.from(values);
const text = (value: string) => Buffer.from(value, 'utf8');
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00);
const OLE = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00);
const CSV = text('How likely are you to recommend us?,Why\n10,Great\n');

describe('isExportName', () => {
  it('takes CSV, TSV and text exports whatever the case of their extension', () => {
    for (const name of ['survey.csv', 'EXPORT.CSV', 'a/b.tsv', 'notes.Txt', 'data.tab']) expect(isExportName(name), name).toBe(true);
    for (const name of ['README.md', 'logo.png', 'survey.xlsx', 'report.pdf', 'answers.json', 'csv', 'survey.csv.zip'])
      expect(isExportName(name), name).toBe(false);
  });
});

describe('notAnExport', () => {
  const cases: { name: string; head: Buffer; what: string | null }[] = [
    { name: 'survey.xlsx', head: ZIP, what: 'an Excel workbook' },
    { name: 'Survey.XLSX', head: Buffer.alloc(0), what: 'an Excel workbook' },
    { name: 'legacy.xls', head: OLE, what: 'an Excel workbook' },
    // An old workbook renamed by hand is known by its first bytes.
    { name: 'renamed.csv', head: OLE, what: 'an Excel workbook' },
    { name: 'renamed.csv', head: ZIP, what: 'a zip archive (perhaps a workbook under another name)' },
    { name: 'survey.ods', head: ZIP, what: 'an OpenDocument spreadsheet' },
    {
      name: 'renamed.txt',
      head: Buffer.concat([ZIP, text('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]),
      what: 'an OpenDocument spreadsheet',
    },
    { name: 'report.pdf', head: text('%PDF-1.7\n'), what: 'a PDF document' },
    { name: 'report', head: text('%PDF-1.4\n'), what: 'a PDF document' },
    { name: 'responses.json', head: text('[{"score": 10}]'), what: 'a JSON file' },
    { name: 'responses.csv', head: text('\ufeff  {"responses": []}'), what: 'a JSON file' },
    { name: 'chart.png', head: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), what: 'an image' },
    { name: 'scan.csv', head: bytes(0xff, 0xd8, 0xff, 0xe0), what: 'an image' },
    // Text exports, whatever they are called, are left to the reader.
    { name: 'survey.csv', head: CSV, what: null },
    { name: 'survey', head: CSV, what: null },
    { name: 'README.md', head: text('# Exports\n'), what: null },
    { name: 'qualtrics.csv', head: text('StartDate,EndDate\n"Start Date","End Date"\n"{""ImportId"":""startDate""}"\n'), what: null },
    { name: 'bracketed.csv', head: text('[Q1] Score,[Q2] Why\n10,ok\n'), what: null },
    { name: 'empty.csv', head: Buffer.alloc(0), what: null },
  ];

  it.each(cases)('$name → $what', ({ name, head, what }) => {
    expect(notAnExport(name, head)?.what ?? null).toBe(what);
  });

  it('says how to get a CSV out of each', () => {
    expect(notAnExport('survey.xlsx', ZIP)?.fix).toBe('open it and save as CSV UTF-8, then score that file');
    expect(notAnExport('report.pdf', text('%PDF'))?.fix).toMatch(/export the answers as CSV/);
  });
});
