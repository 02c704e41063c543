import type { ChosenAction } from '../actions/choose.js';
import type { Specifics } from '../actions/types.js';
import { type Evidence, fallingMonth, scoredFeedback, worstSegment, worstTheme } from '../checks/evidence.js';
import type { FeedbackSummary, Respondent } from '../feedback/model.js';
import { formatCount, formatSigned } from '../format.js';
import { figure } from './phrases.js';

const CUSTOMERS_TO_CALL = 5;
const QUOTES = 2;

/**
 * What each chosen action names from the feedback, in plan order. The same customers or theme
 * named twice would read as two jobs, so a later action points back to the first.
 */
export function namedSpecifics(plan: readonly ChosenAction[], evidence: Evidence): string[][] {
  const namedBy = new Map<Specifics, string>();
  return plan.map(({ action }) => {
    if (!action.names) return [];
    const specifics = specificsFor(action.names, evidence);
    const earlier = namedBy.get(action.names);
    if (specifics.length === 0) return [];
    if (earlier) return [`The same ones as in "${earlier}" above: one conversation can serve both.`];
    namedBy.set(action.names, action.title);
    return specifics;
  });
}

/**
 * What an action names from the customers' feedback: whom to call, which theme to fix first,
 * which segment or month to look at. Empty when the feedback cannot say.
 */
export function specificsFor(kind: Specifics, evidence: Evidence): string[] {
  const summaries = scoredFeedback(evidence);
  switch (kind) {
    case 'unhappiest-customers': {
      const summary = summaries.find((candidate) => candidate.unhappiest.length > 0);
      if (!summary) return [];
      return [
        `Start with these ${Math.min(CUSTOMERS_TO_CALL, summary.unhappiest.length)}, from ${summary.source.file}; ` +
          'look up their contact details by id or line, none are copied here:',
        ...summary.unhappiest.slice(0, CUSTOMERS_TO_CALL).map((respondent) => describeRespondent(respondent, summary.value?.currency)),
      ];
    }
    case 'worst-theme': {
      for (const summary of summaries) {
        const theme = worstTheme(summary);
        if (!theme) continue;
        return [
          `Fix first: ${theme.title.toLowerCase()}, mentioned in ${theme.mentions} comments (${theme.share}%); ` +
            `those customers score ${figure(theme.with, summary)} against ${figure(theme.without, summary)} for the other commenters, ` +
            `a significant difference of ${formatSigned(theme.pull)}${summary.scores?.nps ? ' NPS points' : ''} ` +
            `(${describeScore(summary)} across all answers).`,
          ...theme.quotes.unhappy.slice(0, QUOTES).map((quote) => `“${quote.text}” (line ${quote.line}, score ${quote.score})`),
        ];
      }
      return [];
    }
    case 'worst-segment': {
      for (const summary of summaries) {
        const segment = worstSegment(summary);
        if (segment)
          return [
            `Look first at ${segment.name}: ${figure(segment.headline, summary)} from ${segment.n} answers, ` +
              `${Math.abs(segment.change!.difference)} points below the rest.`,
          ];
      }
      return [];
    }
    case 'falling-month': {
      for (const summary of summaries) {
        const fall = fallingMonth(summary);
        if (fall)
          return [
            `Read the comments of ${fall.month.name} (${fall.month.n} answers, ${figure(fall.month.headline, summary)}) ` +
              `against those of ${fall.previous.name} (${figure(fall.previous.headline, summary)}).`,
          ];
      }
      return [];
    }
  }
}

function describeScore(summary: FeedbackSummary): string {
  const { scores } = summary;
  if (!scores) return 'no score';
  return scores.nps ? `NPS ${formatSigned(scores.nps.nps)}` : `a mean of ${scores.mean} on the ${summary.source.scale?.title}`;
}

function describeRespondent(respondent: Respondent, currency = ''): string {
  const who = [
    respondent.id ? `id ${respondent.id}` : null,
    respondent.segment,
    respondent.value !== null ? `value ${currency}${formatCount(respondent.value)}` : null,
    respondent.themes.length ? respondent.themes.join(', ').toLowerCase() : null,
  ]
    .filter(Boolean)
    .join('; ');
  const when = respondent.month ? `, ${respondent.month}` : '';
  return `line ${respondent.line}${when}${who ? ` (${who})` : ''}, score ${respondent.score}: “${respondent.quote}”`;
}
