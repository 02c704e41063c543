/**
 * Recall and false positives of redaction on a seeded corpus (test/corpus/personal-data.js):
 * 9,000 sentences in six languages, 6,000 with one planted piece of personal data, 3,000 with a
 * harmless look-alike. The README's table comes from the same corpus (node test/corpus/measure.js).
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/feedback/redact.js';
import { generateCorpus, measure, type PlantedKind } from '../corpus/personal-data.js';

const result = measure(generateCorpus(), findPersonalData);

/**
 * The kinds the issue asks 99% of, and the "where they can be recognised" kinds at the floor
 * they reach: street addresses typed in lower case ("12 baker street") are not recognised, nor a
 * single name after a sign-off without a comma ("Thanks John", which reads like "Merci Botanic").
 */
const MIN_RECALL: Record<PlantedKind, number> = {
  email: 0.99,
  phone: 0.99,
  card: 0.99,
  iban: 0.99,
  ip: 0.99,
  name: 0.96,
  postcode: 0.98,
  address: 0.88,
};

/**
 * A wrongly redacted look-alike costs a reader a few words of one quote; a missed address costs a
 * customer their privacy in a report that may be forwarded. So recall comes first, and up to 1%
 * of the look-alikes may go ("Dr Martens" reads as a title and a name), but almost no ordinary
 * text: at most one sentence in a thousand.
 */
const MAX_LOOKALIKES_REDACTED = 0.01;
const MAX_STRAYS = 0.001;

describe('redaction on a seeded corpus', () => {
  it.each(Object.entries(MIN_RECALL) as [PlantedKind, number][])('finds %s at or above its recall', (kind, minimum) => {
    const { planted, found } = result.kinds[kind];
    expect(planted).toBeGreaterThan(500);
    const missed = result.missed.filter((miss) => miss.kind === kind).slice(0, 5);
    expect(found / planted, `missed, e.g. ${JSON.stringify(missed)}`).toBeGreaterThanOrEqual(minimum);
  });

  it('keeps harmless look-alikes and ordinary text', () => {
    expect(result.lookalikes).toBeGreaterThan(2500);
    expect(result.wronglyRedacted / result.lookalikes, JSON.stringify(result.wrong.slice(0, 5))).toBeLessThanOrEqual(
      MAX_LOOKALIKES_REDACTED,
    );
    expect(result.strays / result.sentences, JSON.stringify(result.strayExamples.slice(0, 5))).toBeLessThanOrEqual(MAX_STRAYS);
  });

  it('is the same corpus for the same seed', () => {
    expect(generateCorpus(50)).toEqual(generateCorpus(50));
    expect(generateCorpus(50, 8)).not.toEqual(generateCorpus(50));
  });
});
