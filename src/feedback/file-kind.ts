import { extname } from 'node:path';

/**
 * Which files are feedback exports. A quoted glob takes only the text exports survey tools
 * write; any file named on its own is tried, unless its name or first bytes say it is a
 * workbook, a PDF, JSON, an image or an archive, which get a sentence on how to export CSV
 * instead of a reading error about delimiters or binary data; so do documents and web pages
 * (centricity's own reports among them), which would otherwise read as a one-column export.
 */

/** What a glob picks up, compared without regard to case: CSV, tab-separated and plain-text exports. */
export const EXPORT_EXTENSIONS: readonly string[] = ['.csv', '.tsv', '.txt', '.tab'];

export function isExportName(path: string): boolean {
  return EXPORT_EXTENSIONS.includes(extname(path).toLowerCase());
}

export interface NotAnExport {
  /** What the file is, after "is": "an Excel workbook". */
  what: string;
  /** How to get an export from it, as an instruction. */
  fix: string;
}

interface Kind extends NotAnExport {
  extensions: readonly string[];
  /** Recognises the kind from the first bytes, whatever the file is called. */
  signature?: (head: Buffer) => boolean;
}

const SAVE_AS_CSV = 'open it and save as CSV UTF-8, then score that file';
const EXPORT_FROM_TOOL = 'export the answers as CSV from the survey tool, then score that file';

const startsWith = (head: Buffer, bytes: readonly number[]) => bytes.every((byte, index) => head[index] === byte);
const ZIP = (head: Buffer) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]);
/** OLE compound file: Excel 97–2003 and other old Office formats. */
const OLE = (head: Buffer) => startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Text after a UTF-8 byte-order mark, for the signatures that are text. */
const text = (head: Buffer) => head.toString('latin1').replace(/^\xef\xbb\xbf/, '');

/** Checked by name first, then by first bytes, in this order. */
const KINDS: readonly Kind[] = [
  { what: 'an Excel workbook', fix: SAVE_AS_CSV, extensions: ['.xlsx', '.xlsm', '.xlsb', '.xls'], signature: OLE },
  {
    what: 'an OpenDocument spreadsheet',
    fix: SAVE_AS_CSV,
    extensions: ['.ods'],
    // Its first entry is an uncompressed "mimetype" file naming the format.
    signature: (head) => ZIP(head) && text(head).includes('opendocument.spreadsheet'),
  },
  { what: 'an Apple Numbers spreadsheet', fix: 'export it with File › Export To › CSV, then score that file', extensions: ['.numbers'] },
  { what: 'a PDF document', fix: EXPORT_FROM_TOOL, extensions: ['.pdf'], signature: (head) => text(head).startsWith('%PDF-') },
  {
    what: 'a JSON file',
    fix: EXPORT_FROM_TOOL,
    extensions: ['.json', '.jsonl', '.ndjson'],
    signature: (head) => /^\s*(\{\s*"|\[\s*[{["\]])/.test(text(head)),
  },
  {
    what: 'an image',
    fix: "score the survey's CSV export instead",
    extensions: ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.heic', '.bmp', '.tif', '.tiff', '.svg'],
    signature: (head) =>
      startsWith(head, [0x89, 0x50, 0x4e, 0x47]) || startsWith(head, [0xff, 0xd8, 0xff]) || /^GIF8[79]a/.test(text(head)),
  },
  {
    what: 'a word-processor document',
    fix: EXPORT_FROM_TOOL,
    extensions: ['.docx', '.doc', '.odt', '.rtf', '.pages'],
    signature: (head) => text(head).startsWith('{\\rtf'),
  },
  {
    what: 'a web page',
    fix: EXPORT_FROM_TOOL,
    extensions: ['.html', '.htm', '.xhtml'],
    // centricity's own page starts with its marker comment, then the doctype.
    signature: (head) => /^(?:\s*<!--[\s\S]*?-->)*\s*<(?:!doctype html|html)[\s>]/i.test(text(head)),
  },
  // By name only: a Markdown file's first bytes can be anything a CSV's can.
  { what: 'a Markdown document', fix: "score the survey's CSV export instead", extensions: ['.md', '.markdown'] },
  {
    what: 'a zip archive (perhaps a workbook under another name)',
    fix: `if it is a workbook, ${SAVE_AS_CSV}; otherwise unzip it and score the CSV inside`,
    extensions: ['.zip'],
    signature: ZIP,
  },
];

/** What a file is when its name or first bytes say it is not a text export; null when it may be one. */
export function notAnExport(path: string, head: Buffer): NotAnExport | null {
  const extension = extname(path).toLowerCase();
  const kind =
    KINDS.find((candidate) => candidate.extensions.includes(extension)) ?? KINDS.find((candidate) => candidate.signature?.(head));
  return kind ? { what: kind.what, fix: kind.fix } : null;
}
