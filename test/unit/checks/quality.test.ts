import { expect } from 'vitest';
import { answersCoverage } from '../../../src/checks/quality/answers-coverage.js';
import { missingColumn } from '../../../src/checks/quality/missing-column.js';
import { rowsWithheld } from '../../../src/checks/quality/rows-withheld.js';
import { unreadableLanguages } from '../../../src/checks/quality/unreadable-languages.js';
import { testCheck } from '../../helpers/check-tester.js';
import { DEMO, withheld } from './fixtures.js';

const columns = (names: Partial<typeof DEMO.source.columns>) => ({ ...DEMO, source: { ...DEMO.source, columns: names } });

testCheck(missingColumn, {
  valid: [{ name: 'a file with every column', params: {}, input: DEMO }],
  invalid: [
    {
      name: 'a file of comments alone',
      params: {},
      input: { ...columns({ comment: 'Why?' }), scores: null },
      findings: [
        { messageId: 'score', data: { role: 'score' } },
        { messageId: 'date', data: { role: 'date' } },
        { messageId: 'segment', data: { role: 'segment' } },
        { messageId: 'value', data: { role: 'value' } },
      ],
      words: [
        'no score column: no NPS, CSAT or rating figures, no trend or segment comparison',
        'no date column: no monthly trend',
        'no segment column (plan, region, channel…): no breakdown by segment',
        "no value column (revenue, order amount, plan value): no amounts on unhappy customers' answers",
      ],
    },
    {
      name: 'a file of scores alone, none of them readable',
      params: {},
      input: { ...columns({ score: 'Rating', date: 'When', segment: 'Plan', value: 'ARR' }), scores: null },
      findings: [
        { messageId: 'unreadableScore', data: { role: 'score', column: 'Rating' } },
        { messageId: 'comment', data: { role: 'comment' } },
      ],
      words: ['no readable score in the column "Rating"', 'no comment column: no sentiment, themes, journey stages or quotes'],
    },
    {
      // Its top lines say why the scores are missing; "no readable score" would blame the column.
      name: 'a withheld file says nothing of its scores here',
      params: {},
      input: { ...withheld([5]), source: { ...DEMO.source, columns: { score: 'Rating', comment: 'Why?', date: 'When', segment: 'Plan' } } },
      findings: [{ messageId: 'value', data: { role: 'value' } }],
    },
  ],
});

testCheck(rowsWithheld, {
  valid: [
    { name: 'a file read whole', params: {}, input: DEMO },
    { name: 'a file read with --allow-partial', params: {}, input: { ...withheld([5]), withheld: null } },
  ],
  invalid: [
    {
      name: 'records lost at two lines, and more',
      params: {},
      input: withheld([5, 9], 12),
      findings: [
        { messageId: 'lostRecordsAt', data: { reason: 'lost-records', share: 3, lost: 12, of: 400, lines: [5, 9], moreLines: true } },
      ],
      words: ['withheld: 3% of the rows could not be read (lines 5, 9, …); fix the file or add --allow-partial'],
    },
    {
      name: 'a record lost at one line',
      params: {},
      input: withheld([7]),
      findings: [{ messageId: 'lostRecordsAt', data: expect.objectContaining({ lines: [7], moreLines: false }) }],
      words: ['withheld: 0.3% of the rows could not be read (line 7); fix the file or add --allow-partial'],
    },
    {
      name: 'records lost with no line to show',
      params: {},
      input: withheld([], 8),
      findings: [{ messageId: 'lostRecords', data: expect.objectContaining({ lines: [], share: 2 }) }],
      words: ['withheld: 2% of the rows could not be read; fix the file or add --allow-partial'],
    },
    {
      name: 'broken quotes past counting',
      params: {},
      input: withheld([3], 1, 'recovery-limit'),
      findings: [{ messageId: 'brokenQuotesAt', data: expect.objectContaining({ reason: 'recovery-limit' }) }],
      words: [
        'withheld: the file has broken quotes (line 3) that swallow more than can be counted, so what it holds is not known; ' +
          'fix the file or add --allow-partial',
      ],
    },
    {
      name: 'broken quotes past counting, with no line to show',
      params: {},
      input: withheld([], 0, 'recovery-limit'),
      findings: [{ messageId: 'brokenQuotes', data: expect.objectContaining({ lines: [] }) }],
    },
  ],
});

const coverage = { answeredShare: 0.027, requiredShare: 0.6, emptyDimensions: [] };
const SHORT = "the questions answered on the 1–5 scale carry 2.7% of the questionnaire's weight, short of the 60% an overall score needs";

testCheck(answersCoverage, {
  valid: [{ name: 'an overall score', params: {}, input: { score: 41.1, coverage } }],
  invalid: [
    {
      name: 'nothing answered on the scale',
      params: {},
      input: { score: null, coverage: { ...coverage, answeredShare: 0, emptyDimensions: ['Goals', 'Culture'] } },
      findings: [{ messageId: 'nothingAnswered', data: { answered: 0, required: 0.6, empty: ['Goals', 'Culture'] } }],
      words: ['no question was answered on the 1–5 scale'],
    },
    {
      name: 'too little answered, in every dimension',
      params: {},
      input: { score: null, coverage },
      findings: [{ messageId: 'tooLittle', data: { answered: 0.027, required: 0.6, empty: [] } }],
      words: [SHORT],
    },
    {
      name: 'too little answered, and dimensions left empty',
      params: {},
      input: { score: null, coverage: { ...coverage, emptyDimensions: ['Goals', 'Culture'] } },
      findings: [{ messageId: 'tooLittleIn', data: { answered: 0.027, required: 0.6, empty: ['Goals', 'Culture'] } }],
      words: [`${SHORT} (no answers in Goals, Culture)`],
    },
  ],
});

/** The demo with some of its comments in languages centricity cannot read. */
const unreadable = (languages: { code: string; name: string; count: number }[]) => {
  const count = languages.reduce((sum, language) => sum + language.count, 0);
  const listed = languages.map((language) => ({ ...language, share: 0, readable: false }));
  return {
    ...DEMO,
    comments: {
      ...DEMO.comments!,
      count: 1_739,
      languages: { ...DEMO.comments!.languages, unreadable: { count, share: Math.round((count / 1_739) * 1000) / 10, languages: listed } },
    },
  };
};

testCheck(unreadableLanguages, {
  valid: [
    { name: 'every comment in a language centricity reads', params: {}, input: DEMO },
    { name: 'no comment column', params: {}, input: { ...DEMO, comments: null } },
  ],
  invalid: [
    {
      name: 'one comment',
      params: {},
      input: unreadable([{ code: 'pl', name: 'Polish', count: 1 }]),
      findings: [{ messageId: 'one', data: { count: 1, share: 0.1, languages: 'Polish' } }],
      words: ['1 comment (0.1%) is in a language centricity cannot read (Polish): its tone is not scored'],
    },
    {
      name: 'many comments in one language',
      params: {},
      input: unreadable([{ code: 'ja', name: 'Japanese', count: 1_204 }]),
      findings: [{ messageId: 'oneLanguage', data: { count: 1_204, share: 69.2, languages: 'Japanese 1,204' } }],
      words: ['1,204 comments (69.2%) are in a language centricity cannot read (Japanese 1,204): their tone is not scored'],
    },
    {
      name: 'many comments in several languages',
      params: {},
      input: unreadable([
        { code: 'pl', name: 'Polish', count: 30 },
        { code: 'ja', name: 'Japanese', count: 7 },
      ]),
      findings: [{ messageId: 'many', data: { count: 37, share: 2.1, languages: 'Polish 30, Japanese 7' } }],
      words: ['37 comments (2.1%) are in languages centricity cannot read (Polish 30, Japanese 7): their tone is not scored'],
    },
  ],
});
