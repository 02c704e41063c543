import type { ChosenAction } from '../actions/choose.js';
import type { Specifics } from '../actions/types.js';
import { type Finding, isFinding, messageBook } from '../checks/check.js';
import { type Evidence, fallingMonth, scoredFeedback, worstSegment, worstTheme } from '../checks/evidence.js';
import type { FeedbackSummary, GroupFigures, Respondent } from '../feedback/model.js';

const CUSTOMERS_TO_CALL = 5;
const QUOTES = 2;

/**
 * The templates of the specifics, one set per kind of thing an action names, as a check keeps
 * its messages. A figure reads as an NPS (signed) or a mean, so each sentence with one has both.
 * Clauses that may be left out are findings within the line's finding (`{…|finding}`).
 */
export const SPECIFICS_MESSAGES = {
  'specifics-unhappiest-customers': {
    heading: 'Start with these {count|count}, from {file}; look up their contact details by id or line, none are copied here:',
    headingOne: 'Start with this one, from {file}; look up their contact details by id or line, none are copied here:',
    respondent: 'line {line}{month|finding}{details|finding}, score {score}: “{quote}”',
    month: ', {month}',
    details: ' ({parts|parts})',
    id: 'id {id}',
    segment: '{segment}',
    value: 'value {value|money}',
    refund: 'a refund of {value|money}',
    themes: '{themes|list|lower}',
  },
  'specifics-worst-theme': {
    themeNps:
      'Fix first: {theme|lower}, mentioned in {mentions|count:comment} ({share|percent}); those customers score {with|signed} ' +
      'against {without|signed} for the other commenters, a significant difference of {pull|signed} NPS points ' +
      '(NPS {nps|signed} across all answers).',
    themeMean:
      'Fix first: {theme|lower}, mentioned in {mentions|count:comment} ({share|percent}); those customers score {with} ' +
      'against {without} for the other commenters, a significant difference of {pull|signed} ' +
      '(a mean of {mean} on the {scale} across all answers).',
    quote: '“{text}” (line {line}, score {score})',
  },
  'specifics-worst-segment': {
    segmentNps: 'Look first at {segment}: {headline|signed} from {n|count:answer}, {below|count:point} below the rest.',
    segmentMean: 'Look first at {segment}: {headline} from {n|count:answer}, {below|count:point} below the rest.',
  },
  'specifics-falling-month': {
    monthNps: 'Read the comments of {month} ({n|count:answer}, {headline|signed}) against those of {previous} ({previousHeadline|signed}).',
    monthMean: 'Read the comments of {month} ({n|count:answer}, {headline}) against those of {previous} ({previousHeadline}).',
  },
  'specifics-named-above': {
    same: 'The same ones as in "{action}" above: one conversation can serve both.',
  },
} as const satisfies Record<string, Record<string, string>>;

const BOOK = messageBook(SPECIFICS_MESSAGES);

/** The template of one message of one kind of specifics, for src/report/words.ts. */
export const specificsMessage = BOOK.lookup;

const finding = BOOK.finding;

/**
 * What each chosen action names from the feedback, in plan order, one finding per line. The
 * same customers or theme named twice would read as two jobs, so a later action points back to the first.
 */
export function namedSpecifics(plan: readonly ChosenAction[], evidence: Evidence): Finding[][] {
  const namedBy = new Map<Specifics, string>();
  return plan.map(({ action }) => {
    if (!action.names) return [];
    const specifics = specificsFor(action.names, evidence);
    const earlier = namedBy.get(action.names);
    if (specifics.length === 0) return [];
    if (earlier) return [finding('specifics-named-above', 'same', { action: earlier, names: action.names })];
    namedBy.set(action.names, action.title);
    return specifics;
  });
}

/**
 * What an action names from the customers' feedback, one finding per line: whom to call, which
 * theme to fix first, which segment or month to look at. Empty when the feedback cannot say.
 */
export function specificsFor(kind: Specifics, evidence: Evidence): Finding[] {
  const summaries = scoredFeedback(evidence);
  switch (kind) {
    case 'unhappiest-customers': {
      const summary = summaries.find((candidate) => candidate.unhappiest.length > 0);
      if (!summary) return [];
      const respondents = summary.unhappiest.slice(0, CUSTOMERS_TO_CALL);
      return [
        finding('specifics-unhappiest-customers', respondents.length === 1 ? 'headingOne' : 'heading', {
          count: respondents.length,
          file: summary.source.file,
        }),
        ...respondents.map((respondent) => respondentFinding(respondent, summary.value?.currency ?? '')),
      ];
    }
    case 'worst-theme': {
      for (const summary of summaries) {
        const theme = worstTheme(summary);
        if (!theme) continue;
        const { nps, mean } = summary.scores!;
        const data = { theme: theme.title, mentions: theme.mentions, share: theme.share, with: theme.with, without: theme.without };
        return [
          nps
            ? finding('specifics-worst-theme', 'themeNps', { ...data, pull: theme.pull, nps: nps.nps })
            : finding('specifics-worst-theme', 'themeMean', {
                ...data,
                pull: theme.pull,
                mean,
                scale: summary.source.scale?.title ?? null,
              }),
          ...theme.quotes.unhappy
            .slice(0, QUOTES)
            .map((quote) => finding('specifics-worst-theme', 'quote', { text: quote.text, line: quote.line, score: quote.score })),
        ];
      }
      return [];
    }
    case 'worst-segment': {
      for (const summary of summaries) {
        const segment = worstSegment(summary);
        if (segment)
          return [
            finding('specifics-worst-segment', isNps(summary) ? 'segmentNps' : 'segmentMean', {
              segment: segment.name,
              headline: segment.headline,
              n: segment.n,
              below: Math.abs(segment.change!.difference),
            }),
          ];
      }
      return [];
    }
    case 'falling-month': {
      for (const summary of summaries) {
        const fall = fallingMonth(summary);
        if (fall) return [fallFinding(fall.month, fall.previous, isNps(summary))];
      }
      return [];
    }
  }
}

function isNps(summary: FeedbackSummary): boolean {
  return Boolean(summary.scores?.nps);
}

function fallFinding(month: GroupFigures, previous: GroupFigures, nps: boolean): Finding {
  return finding('specifics-falling-month', nps ? 'monthNps' : 'monthMean', {
    month: month.name,
    n: month.n,
    headline: month.headline,
    previous: previous.name,
    previousHeadline: previous.headline,
  });
}

/** One customer to call: the figures and their own words, with what the export does not have left out. */
function respondentFinding(respondent: Respondent, currency: string): Finding {
  const kind = 'specifics-unhappiest-customers';
  const parts = [
    respondent.id ? finding(kind, 'id', { id: respondent.id }) : null,
    respondent.segment ? finding(kind, 'segment', { segment: respondent.segment }) : null,
    respondent.value === null
      ? null
      : respondent.value < 0
        ? finding(kind, 'refund', { value: -respondent.value, currency })
        : finding(kind, 'value', { value: respondent.value, currency }),
    respondent.themes.length > 0 ? finding(kind, 'themes', { themes: respondent.themes }) : null,
  ].filter(isFinding);
  return finding(kind, 'respondent', {
    line: respondent.line,
    month: respondent.month ? finding(kind, 'month', { month: respondent.month }) : null,
    details: parts.length > 0 ? finding(kind, 'details', { parts }) : null,
    score: respondent.score,
    quote: respondent.quote,
  });
}
