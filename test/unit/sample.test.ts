/** A sample of a file's records for what must be known before counting: the whole of a small file, stretches of a large one. */
import { afterAll, describe, expect, it } from 'vitest';
import { analyseFeedbackFileWithReading } from '../../src/feedback/index.js';
import { planColumns } from '../../src/feedback/read/plan.js';
import { type ReadPlan, rowBuilder, withReadPlan } from '../../src/feedback/read/reader.js';
import { readSample, SAMPLE_STRETCH_BYTES, SAMPLE_STRETCHES, type SampleExtent } from '../../src/feedback/read/sample.js';
import { temporaryDirectory } from '../helpers/cli.js';
import { encode, writeFixture } from '../helpers/feedback.js';

/** The comments a sample of the file holds, and where they came from. */
async function sampleOf(path: string, strict = false): Promise<{ comments: string[]; extent: SampleExtent }> {
  return withReadPlan(path, { strict }, async (layout) => {
    const plan: ReadPlan = await planColumns(layout, { strict });
    const toRow = rowBuilder(plan);
    const comments: string[] = [];
    const extent = await readSample(plan, (record, line) => comments.push(toRow(record, line).comment ?? ''));
    return { comments, extent };
  });
}

const directory = temporaryDirectory();
afterAll(() => directory.remove());

describe('readSample', () => {
  it('reads a small file whole', async () => {
    const rows = Array.from({ length: 50 }, (_, index) => `${index % 11},comment number ${index}`);
    const path = writeFixture(directory.path, 'small.csv', `score,comment\n${rows.join('\n')}\n`);
    const { comments, extent } = await sampleOf(path);
    expect(extent).toEqual({ whole: true });
    expect(comments).toHaveLength(50);
  });

  it('draws from every part of a large file sorted by topic, not only its head', async () => {
    // 8 MB: the first half about delivery, the second about the app; a head would see only delivery.
    const half = 30_000;
    const topic = (index: number) => (index < half ? 'the parcel came late, again' : 'the app crashes, again');
    const line = (index: number) => `${index % 11},"${topic(index)} (${String(index).padStart(6, '0')})${' .'.repeat(50)}"`;
    const text = `score,comment\n${Array.from({ length: half * 2 }, (_, index) => line(index)).join('\n')}\n`;
    const path = writeFixture(directory.path, 'sorted.csv', text);
    const { comments, extent } = await sampleOf(path);
    expect(extent).toMatchObject({ whole: false, stretches: SAMPLE_STRETCHES, of: Buffer.byteLength(text) });
    if (extent.whole) throw new Error('unreachable');
    expect(extent.bytes).toBeLessThanOrEqual(SAMPLE_STRETCHES * SAMPLE_STRETCH_BYTES);
    const parcels = comments.filter((comment) => comment.includes('parcel')).length;
    const app = comments.filter((comment) => comment.includes('app crashes')).length;
    // Both halves, about evenly (16 stretches starting at 0, 1/16 … 15/16 of the file).
    expect(parcels / (parcels + app)).toBeGreaterThan(0.4);
    expect(parcels / (parcels + app)).toBeLessThan(0.6);
    // Every stretch starts between records: each sampled comment is whole.
    expect(comments.filter((comment) => comment !== '').every((comment) => /\(\d{6}\)/.test(comment))).toBe(true);
  });

  it('reads a large UTF-16 file whole, as it cannot be cut on its bytes', async () => {
    const rows = Array.from({ length: 40_000 }, (_, index) => `${index % 11}\tcomment ${index} ${'x'.repeat(50)}`);
    const path = writeFixture(directory.path, 'wide.tsv', encode(`score\tcomment\n${rows.join('\n')}\n`, 'utf-16le'));
    const { comments, extent } = await sampleOf(path);
    expect(extent).toEqual({ whole: true });
    expect(comments).toHaveLength(40_000);
  });

  it('never stops at a record the cut of a stretch breaks, even with --strict', async () => {
    const rows = Array.from(
      { length: 40_000 },
      (_, index) => `${index % 11},"a comment that goes on, and on, line ${index}${' .'.repeat(40)}"`,
    );
    const path = writeFixture(directory.path, 'strict.csv', `score,comment\n${rows.join('\n')}\n`);
    const { comments, extent } = await sampleOf(path, true);
    expect(extent.whole).toBe(false);
    expect(comments.length).toBeGreaterThan(1000);
  });
});

describe('themes planned from a sample of the whole file', () => {
  it('finds what the end of a file sorted by topic is about, not only its head, and says where it read', async () => {
    // Made-up products no pack knows: the first half of the file speaks of one, the second of the other.
    const half = 30_000;
    const verbs = ['wobbles', 'squeaks', 'rattles', 'wobbled again', 'keeps squeaking', 'rattles at night', 'broke in a week', 'stopped'];
    const lead = ['my', 'the', 'our', 'this', 'a new'];
    const said = (index: number) =>
      index < half ? `${lead[index % 5]} zorblax ${verbs[(index * 7) % 8]}` : `${lead[index % 5]} quimby ${verbs[(index * 3) % 8]}`;
    const line = (index: number) => `${index % 11},"${said(index)}, and then some more words about it, as one does"`;
    const text = `score,comment\n${Array.from({ length: half * 2 }, (_, index) => line(index)).join('\n')}\n`;
    const path = writeFixture(directory.path, 'two-topics.csv', text);
    const { summary, reading } = await analyseFeedbackFileWithReading(path);
    const { comments } = summary;
    // Discovered from both halves: as a theme of their own, or as the wording of the pack theme that covers them.
    const planned = JSON.stringify(reading.themes.themes.map(({ title, phrases }) => ({ title, phrases })));
    expect(planned).toContain('zorblax');
    expect(planned).toContain('quimby');
    // Planned from the sample, counted over the whole file.
    const quimby = comments!.themes.filter((theme) => theme.origin === 'discovered' && theme.title.includes('quimby'));
    expect(quimby.reduce((total, theme) => total + theme.mentions, 0)).toBeGreaterThanOrEqual(10_000);
    expect(comments!.themeChoice!.from).toMatchObject({ stretches: { count: SAMPLE_STRETCHES, of: Buffer.byteLength(text) } });
    expect(comments!.themeChoice!.from.read).toBeLessThan(half * 2);
  });
});
