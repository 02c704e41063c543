export type PlantedKind = 'email' | 'phone' | 'card' | 'iban' | 'ip' | 'postcode' | 'address' | 'name';

export interface CorpusSentence {
  text: string;
  /** Personal data planted in the text, with its place. */
  planted: { kind: PlantedKind; value: string; start: number; end: number }[];
  /** Harmless text that looks like personal data ("version 2.3.1", "24/7"), with its place. */
  lookalikes: { label: string; start: number; end: number }[];
}

export interface Measurement {
  sentences: number;
  /** Per kind: how many were planted, how many were found whole. */
  kinds: Record<PlantedKind, { planted: number; found: number }>;
  missed: { kind: PlantedKind; text: string; value: string }[];
  lookalikes: number;
  wronglyRedacted: number;
  wrong: { label: string; text: string }[];
  /** Finds that touch neither planted data nor a look-alike: carrier text redacted by mistake. */
  strays: number;
  strayExamples: { text: string; span: string }[];
}

/** A seeded corpus: two thirds of the sentences carry one planted piece of personal data, a third a harmless look-alike. */
export function generateCorpus(sentences?: number, seed?: number): CorpusSentence[];

/** Measures a finder of personal data on a corpus. */
export function measure(corpus: CorpusSentence[], find: (text: string) => { start: number; end: number }[]): Measurement;
