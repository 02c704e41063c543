import {
  describeRespondent,
  describeScore,
  type Evidence,
  fallingMonth,
  figure,
  scoredFeedback,
  signed,
  worstSegment,
  worstTheme,
} from './evidence.js';
import type { Specifics } from './types.js';

const CUSTOMERS_TO_CALL = 5;
const QUOTES = 2;

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
        `Start with these ${Math.min(CUSTOMERS_TO_CALL, summary.unhappiest.length)}, from ${summary.source.file}; look up their contact details by id or line, none are copied here:`,
        ...summary.unhappiest.slice(0, CUSTOMERS_TO_CALL).map((respondent) => describeRespondent(respondent, summary.value?.currency)),
      ];
    }
    case 'worst-theme': {
      for (const summary of summaries) {
        const theme = worstTheme(summary);
        if (!theme) continue;
        return [
          `Fix first: ${theme.title.toLowerCase()}, mentioned in ${theme.mentions} comments (${theme.share}%); those customers score ${figure(theme.with, summary)} against ${figure(theme.without, summary)} for the other commenters, a significant difference of ${signed(theme.pull)}${summary.scores?.nps ? ' NPS points' : ''} (${describeScore(summary)} across all answers).`,
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
            `Look first at ${segment.name}: ${figure(segment.headline, summary)} from ${segment.n} answers, ${Math.abs(segment.change!.difference)} points below the rest.`,
          ];
      }
      return [];
    }
    case 'falling-month': {
      for (const summary of summaries) {
        const fall = fallingMonth(summary);
        if (fall)
          return [
            `Read the comments of ${fall.month.name} (${fall.month.n} answers, ${figure(fall.month.headline, summary)}) against those of ${fall.previous.name} (${figure(fall.previous.headline, summary)}).`,
          ];
      }
      return [];
    }
  }
}
