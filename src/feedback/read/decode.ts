import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

import type { Encoding } from './formats.js';

export type { Encoding } from './formats.js';

/** Raised when bytes that looked like UTF-8 turn out not to be: the reader starts again in Windows-1252. */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
}

/**
 * The encoding of a file from its first bytes: a byte-order mark decides; otherwise UTF-16
 * without a BOM shows as a NUL in every other byte; otherwise UTF-8 if the bytes are valid
 * UTF-8, else Windows-1252 (what Excel and older tools write in Western Europe).
 */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length >> 1, 512);
  if (pairs >= 2) {
    let evenNuls = 0;
    let oddNuls = 0;
    for (let index = 0; index < pairs; index++) {
      if (head[2 * index] === 0) evenNuls++;
      if (head[2 * index + 1] === 0) oddNuls++;
    }
    if (oddNuls > pairs * 0.4 && evenNuls === 0) return 'utf-16le';
    if (evenNuls > pairs * 0.4 && oddNuls === 0) return 'utf-16be';
  }
  return isValidUtf8Prefix(head) ? 'utf-8' : 'windows-1252';
}

/** True when the bytes are valid UTF-8, allowing a multi-byte character cut off at the end. */
function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  return isUtf8(bytes.subarray(0, completeCharactersEnd(bytes)));
}

/** True when the bytes hold NULs that no text encoding we read would produce: a binary file. */
export function looksBinary(head: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  return head.subarray(0, 8192).includes(0);
}

/**
 * The stream between the file and csv-parse: UTF-8 bytes pass through unchanged (csv-parse
 * decodes them faster than a separate step would) but are checked, so that a wrong guess is
 * noticed; other encodings are decoded to text.
 */
export function decoderFor(encoding: Encoding): Transform {
  return encoding === 'utf-8' ? new Utf8Check() : new DecodeStream(encoding);
}

/** Passes UTF-8 through, failing with NotUtf8Error at the first invalid sequence. */
class Utf8Check extends Transform {
  /** The bytes of a character cut in two by the chunk boundary, held for the next chunk. */
  private tail: Buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const end = completeCharactersEnd(bytes);
    if (!isUtf8(bytes.subarray(0, end))) {
      callback(new NotUtf8Error('not valid UTF-8'));
      return;
    }
    this.tail = Buffer.from(bytes.subarray(end));
    callback(null, bytes.subarray(0, end));
  }

  override _flush(callback: TransformCallback): void {
    callback(this.tail.length > 0 ? new NotUtf8Error('not valid UTF-8') : null);
  }
}

/** Where the last complete UTF-8 character ends: a trailing lead byte and its continuations wait. */
function completeCharactersEnd(bytes: Uint8Array): number {
  const end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const byte = bytes[end - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    if ((byte & 0x80) === 0) return end;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return length > back ? end - back : end;
  }
  return end;
}

/** Bytes in, text out; a BOM is dropped. */
class DecodeStream extends Transform {
  private readonly decoder: TextDecoder;
  private readonly legacy: boolean;

  constructor(encoding: Encoding) {
    super({ readableObjectMode: false, decodeStrings: true, encoding: 'utf8' });
    this.decoder = new TextDecoder(encoding);
    this.legacy = encoding === 'windows-1252';
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.decode(() => this.decoder.decode(chunk, { stream: true }), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.decode(() => this.decoder.decode(), callback);
  }

  private decode(read: () => string, callback: TransformCallback): void {
    const text = read();
    callback(null, this.legacy ? repairDosLetters(text) : text);
  }
}

/**
 * Legacy exports sometimes mix code pages: French text with `é` written as the DOS (cp850)
 * byte 0x82, which Windows-1252 reads as a low quote ("d‚j…"), and `É` as 0x90. A low quote
 * stuck to a letter is never punctuation, so it is read as the letter it stands for.
 */
export function repairDosLetters(text: string): string {
  if (!/[\u201a\u0082\u0090]/.test(text)) return text;
  return text.replace(/[\u201a\u0082](?=\p{L})|(?<=\p{L})[\u201a\u0082]/gu, 'é').replace(/\u0090/g, 'É');
}
