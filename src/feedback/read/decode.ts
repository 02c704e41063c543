import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';

import type { Encoding } from './formats.js';

export type { Encoding } from './formats.js';

/** Raised when a file forced to UTF-8 (`--encoding utf-8`) holds bytes that are not UTF-8. */
export class NotUtf8Error extends Error {
  override readonly name = 'NotUtf8Error';
}

/**
 * The encoding of a file from its first bytes, where the first bytes can tell: a byte-order mark,
 * or UTF-16 without one (a NUL in every other byte). Anything else is read as UTF-8 with each
 * byte that is not part of valid UTF-8 read as Windows-1252, and labelled by what the whole
 * file turns out to hold (see `encodingOf`).
 */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(head.length >> 1, 512);
  if (pairs >= 2 && !(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)) {
    let evenNuls = 0;
    let oddNuls = 0;
    for (let index = 0; index < pairs; index++) {
      if (head[2 * index] === 0) evenNuls++;
      if (head[2 * index + 1] === 0) oddNuls++;
    }
    if (oddNuls > pairs * 0.4 && evenNuls === 0) return 'utf-16le';
    if (evenNuls > pairs * 0.4 && oddNuls === 0) return 'utf-16be';
  }
  return 'utf-8';
}

/** True when the bytes hold NULs that no text encoding we read would produce: a binary file. */
export function looksBinary(head: Uint8Array, encoding: Encoding): boolean {
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return false;
  return head.subarray(0, 8192).includes(0);
}

/** What the bytes of a file said about its encoding, over everything read. */
export interface DecodingEvidence {
  /** Valid UTF-8 sequences of two bytes or more were seen. */
  utf8MultiByte: boolean;
  /** Bytes that are not part of valid UTF-8, read as Windows-1252. */
  windows1252Bytes: number;
  /** Lines of the first of those bytes (filled in by the reader, which knows the lines). */
  windows1252Lines: number[];
}

export const noEvidence = (): DecodingEvidence => ({ utf8MultiByte: false, windows1252Bytes: 0, windows1252Lines: [] });

/**
 * The encoding the evidence shows: Windows-1252 when no valid multi-byte UTF-8 was seen but
 * some bytes were not UTF-8; otherwise UTF-8 (with the odd byte read as Windows-1252, counted).
 */
export function encodingOf(evidence: DecodingEvidence): 'utf-8' | 'windows-1252' {
  return !evidence.utf8MultiByte && evidence.windows1252Bytes > 0 ? 'windows-1252' : 'utf-8';
}

/** A piece of decoded text, with where in it the first characters read as Windows-1252 stand. */
export interface DecodedChunk {
  text: string;
  fallbacks: number[];
}

/**
 * The stream between the file and the record reader: bytes in, `DecodedChunk`s out. UTF-8 that
 * was not forced is read stretch by stretch (valid UTF-8 as UTF-8, any other byte as
 * Windows-1252, counted in `evidence`); a forced UTF-8 fails at the first invalid byte; other
 * encodings are decoded whole. A BOM is left for the reader.
 */
export function decoderFor(encoding: Encoding, forced: boolean): Transform & { evidence: DecodingEvidence } {
  if (encoding === 'utf-8') return new Utf8Stream(forced);
  return new WholeDecodeStream(encoding);
}

/** Decodes one piece of bytes the way the reader does: for the head of a file, to sniff its layout. */
export function decodeHead(head: Buffer, encoding: Encoding, forced: boolean): string {
  const text =
    encoding !== 'utf-8' || forced ? legacyRepair(encoding, decodeWhole(encoding, head)) : decodeMixed(head, true, '', noEvidence()).text;
  return text.replace(/^\ufeff/, '');
}

/** Per chunk, at most this many positions of Windows-1252 stretches are passed on for line numbers. */
const FALLBACK_POSITIONS = 16;

/** UTF-8, with a character cut in two by a chunk boundary held for the next chunk. */
class Utf8Stream extends Transform {
  readonly evidence = noEvidence();
  private tail: Buffer = Buffer.alloc(0);
  private previous = '';

  constructor(private readonly forced: boolean) {
    super({ readableObjectMode: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.decode(this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk, false, callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.tail.length > 0) this.decode(this.tail, true, callback);
    else callback();
  }

  private decode(bytes: Buffer, final: boolean, callback: TransformCallback): void {
    const end = final ? bytes.length : completeCharactersEnd(bytes);
    // Clean UTF-8, the usual case, is decoded in one call.
    if (isUtf8(bytes.subarray(0, end))) {
      this.tail = Buffer.from(bytes.subarray(end));
      const text = bytes.toString('utf8', 0, end);
      if (text.length !== end) this.evidence.utf8MultiByte = true;
      this.send(text, [], callback);
      return;
    }
    if (this.forced) {
      callback(new NotUtf8Error('not valid UTF-8'));
      return;
    }
    const decoded = decodeMixed(bytes, final, this.previous, this.evidence);
    this.tail = Buffer.from(bytes.subarray(decoded.consumed));
    this.send(decoded.text, decoded.fallbacks, callback);
  }

  private send(text: string, fallbacks: number[], callback: TransformCallback): void {
    if (text.length > 0) this.previous = text[text.length - 1]!;
    callback(null, text.length > 0 ? ({ text, fallbacks } satisfies DecodedChunk) : undefined);
  }
}

const WINDOWS_1252 = Array.from({ length: 256 }, (_, byte) => decodeWhole('windows-1252', Uint8Array.of(byte)));

/**
 * Decodes valid UTF-8 as UTF-8 and every other byte as its Windows-1252 character, counting
 * those in `evidence`. Unless `final`, an incomplete sequence at the end (or a byte whose
 * reading depends on the next character) is left unconsumed for the next chunk.
 */
export function decodeMixed(
  bytes: Buffer,
  final: boolean,
  previous: string,
  evidence: DecodingEvidence,
): { text: string; fallbacks: number[]; consumed: number } {
  let text = '';
  const fallbacks: number[] = [];
  /** Each stretch read as Windows-1252: where it starts and ends in the text, where it starts in the bytes. */
  const stretches: [number, number, number][] = [];
  let run = 0;
  let index = 0;
  const end = bytes.length;
  while (index < end) {
    const length = sequenceAt(bytes, index, end);
    if (length === INCOMPLETE && !final) break;
    if (length > 0) {
      if (length > 1) evidence.utf8MultiByte = true;
      index += length;
      continue;
    }
    const byte = bytes[index]!;
    if (run < index) text += bytes.toString('utf8', run, index);
    const at = text.length;
    const last = stretches.at(-1);
    if (last && last[1] === at) last[1] = at + 1;
    else {
      stretches.push([at, at + 1, index]);
      if (fallbacks.length < FALLBACK_POSITIONS) fallbacks.push(at);
    }
    text += WINDOWS_1252[byte];
    evidence.windows1252Bytes++;
    index++;
    run = index;
  }
  if (run < index) text += bytes.toString('utf8', run, index);
  let consumed = index;
  const last = stretches.at(-1);
  // A DOS letter at the very end is read by its neighbour, which the next chunk holds: the stretch waits for it.
  if (!final && last && last[1] === text.length && /[\u201a\u0090]/.test(text.slice(last[0]))) {
    evidence.windows1252Bytes -= last[1] - last[0];
    if (fallbacks.at(-1) === last[0]) fallbacks.pop();
    text = text.slice(0, last[0]);
    consumed = last[2];
    stretches.pop();
  }
  return { text: repairStretches(text, stretches, previous), fallbacks, consumed };
}

/** Applies `repairDosLetters` to each stretch read as Windows-1252, with one character of context either side. */
function repairStretches(text: string, stretches: readonly [number, number, number][], previous: string): string {
  let repaired = text;
  for (const [start, end] of stretches) {
    const stretch = text.slice(start, end);
    if (!/[\u201a\u0090]/.test(stretch)) continue;
    const before = start > 0 ? text[start - 1]! : previous;
    const after = text[end] ?? '';
    const fixed = repairDosLetters(before + stretch + after).slice(before.length, before.length + stretch.length);
    repaired = repaired.slice(0, start) + fixed + repaired.slice(end);
  }
  return repaired;
}

const INCOMPLETE = -1;

/** The length of the valid UTF-8 sequence at `index`, 0 when the byte starts none, INCOMPLETE when cut off by `end`. */
function sequenceAt(bytes: Uint8Array, index: number, end: number): number {
  const lead = bytes[index]!;
  if (lead < 0x80) return 1;
  let length: number;
  let low = 0x80;
  let high = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) length = 2;
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) low = 0xa0;
    else if (lead === 0xed) high = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) low = 0x90;
    else if (lead === 0xf4) high = 0x8f;
  } else return 0;
  for (let offset = 1; offset < length; offset++) {
    if (index + offset >= end) return INCOMPLETE;
    const byte = bytes[index + offset]!;
    if (byte < low || byte > high) return 0;
    low = 0x80;
    high = 0xbf;
  }
  return length;
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

/** Bytes in, text out, in an encoding given as a whole (UTF-16, or a forced Windows-1252). */
class WholeDecodeStream extends Transform {
  readonly evidence = noEvidence();
  private readonly decoder: TextDecoder;

  constructor(private readonly encoding: Encoding) {
    super({ readableObjectMode: true });
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.sendText(this.decoder.decode(chunk, { stream: true }), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.sendText(this.decoder.decode(), callback);
  }

  private sendText(text: string, callback: TransformCallback): void {
    // A DOS letter cut from its neighbour by a chunk boundary is rare enough to leave.
    const repaired = legacyRepair(this.encoding, text);
    callback(null, repaired.length > 0 ? ({ text: repaired, fallbacks: [] } satisfies DecodedChunk) : undefined);
  }
}

/**
 * Decodes bytes in one go. Streaming mode on purpose: Node 20's one-shot Windows-1252 decoding
 * drops the bytes 0x80–0x9F (€, curly quotes), its streaming mode does not.
 */
function decodeWhole(encoding: Encoding, bytes: Uint8Array): string {
  const decoder = new TextDecoder(encoding);
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

function legacyRepair(encoding: Encoding, text: string): string {
  return encoding === 'windows-1252' ? repairDosLetters(text) : text;
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
