import { DONT_KNOW } from '../answers/types.js';
import type { QuestionScore } from '../scoring/score.js';
import {
  count,
  describeBottom,
  type Evidence,
  fallingMonth,
  figure,
  scoredFeedback,
  signed,
  worstSegment,
  worstTheme,
} from './evidence.js';
import type { Trigger } from './types.js';

/** A trigger that fired: the finding, in words, and how pressing it is (0–100). */
export interface Finding {
  text: string;
  severity: number;
}

type Evaluator<K extends Trigger['kind']> = (trigger: Extract<Trigger, { kind: K }>, evidence: Evidence) => Finding | null;

/** One evaluator per trigger kind; a new kind of trigger is one entry here and one type in types.ts. */
const EVALUATORS: { [K in Trigger['kind']]: Evaluator<K> } = {
  'answer-at-most': (trigger, { score }) => {
    const result = findQuestion(score.dimensions, trigger.question);
    if (!result || typeof result.answer !== 'number' || result.answer > trigger.atMost) return null;
    const anchor = result.question.scale[result.answer - 1];
    return {
      text: `"${result.question.text}" was answered ${result.answer}/5 (${anchor})${result.note ? `; note: ${result.note.replace(/[.;\s]+$/, '')}` : ''}`,
      severity: 100 - (result.points ?? 0),
    };
  },
  'dont-know': (trigger, { score }) => {
    const result = findQuestion(score.dimensions, trigger.question);
    if (result?.answer !== DONT_KNOW) return null;
    // Not knowing is serious but less so than knowing the answer is bad.
    return { text: `nobody could answer "${result.question.text}"`, severity: 60 };
  },
  'dimension-below': (trigger, { score }) => {
    const result = score.dimensions.find((dimension) => dimension.dimension.id === trigger.dimension);
    if (!result || result.score === null || result.score >= trigger.below) return null;
    return { text: `${result.dimension.title} scored ${Math.round(result.score)}/100`, severity: 100 - result.score };
  },
  'overall-below': (trigger, { score }) => {
    if (score.overall === null || score.overall >= trigger.below) return null;
    // A low overall score is diffuse evidence; specific findings should outrank it.
    return { text: `the overall score is ${Math.round(score.overall)}/100`, severity: (100 - score.overall) / 2 };
  },
  'no-feedback': (_trigger, { feedback }) =>
    // Without the customers' own words every other finding is the team's opinion: this comes first.
    feedback.length > 0
      ? null
      : { text: 'no customer feedback was given to this audit, so nothing in it was checked against what customers say', severity: 95 },
  'nps-below': (trigger, evidence) => {
    const summary = scoredFeedback(evidence).find((candidate) => candidate.scores?.nps);
    const nps = summary?.scores?.nps;
    // Under the minimum group size (--min-group-size) an NPS says too little to act on.
    if (!summary || !nps || nps.nps === null || summary.scores!.tooSmall || nps.nps >= trigger.below) return null;
    return {
      text: `customers give an NPS of ${signed(nps.nps)} (n = ${count(nps.n)}, ${summary.source.file})`,
      severity: Math.min(100, 50 + (trigger.below - nps.nps) / 2),
    };
  },
  'score-falling': (_trigger, evidence) => {
    for (const summary of scoredFeedback(evidence)) {
      const fall = fallingMonth(summary);
      if (fall) {
        return {
          text: `the score fell from ${figure(fall.previous.headline, summary)} in ${fall.previous.name} to ${figure(fall.month.headline, summary)} in ${fall.month.name} (a significant drop, ${summary.source.file})`,
          severity: Math.min(100, 60 + Math.abs(fall.month.change!.difference) / 2),
        };
      }
    }
    return null;
  },
  'theme-drags': (trigger, evidence) => {
    for (const summary of scoredFeedback(evidence)) {
      const theme = worstTheme(summary);
      if (theme && theme.pull! <= -trigger.by) {
        return {
          text: `${theme.mentions} comments mention ${theme.title.toLowerCase()}, and those customers score ${figure(theme.with, summary)} against ${figure(theme.without, summary)} for the other commenters`,
          severity: Math.min(100, 55 + Math.abs(theme.pull!) / 2),
        };
      }
    }
    return null;
  },
  'segment-below': (trigger, evidence) => {
    for (const summary of scoredFeedback(evidence)) {
      const segment = worstSegment(summary);
      if (segment && segment.change!.difference <= -trigger.by) {
        return {
          text: `the ${segment.name} segment scores ${figure(segment.headline, summary)} (n = ${segment.n}), ${Math.abs(segment.change!.difference)} points below everyone else`,
          severity: Math.min(100, 50 + Math.abs(segment.change!.difference) / 2),
        };
      }
    }
    return null;
  },
  'few-comments': (trigger, { feedback }) => {
    const comments = feedback.reduce((sum, summary) => sum + (summary.comments?.count ?? 0), 0);
    if (feedback.length === 0 || comments >= trigger.below) return null;
    return { text: `only ${comments} customer comments were supplied, too few to say why customers score as they do`, severity: 55 };
  },
  'unhappy-customers': (_trigger, evidence) => {
    const unhappy = evidence.feedback.reduce((sum, summary) => sum + summary.unhappiest.length, 0);
    if (unhappy === 0) return null;
    const summary = scoredFeedback(evidence)[0];
    const scores = summary?.scores;
    const who = scores?.nps
      ? `${count(scores.nps.detractors)} customers are detractors`
      : `${scores?.bottomShare ?? 0}% of customers ${summary ? describeBottom(summary) : 'are unhappy'}`;
    return { text: `${who}, and their comments say why`, severity: 50 };
  },
  all: (trigger, evidence) => {
    const findings = trigger.of.map((part) => evaluateTrigger(part, evidence));
    if (findings.length === 0 || findings.some((finding) => finding === null)) return null;
    const found = findings as Finding[];
    // Two findings that point the same way are more pressing than either alone.
    return {
      text: found.map((finding) => finding.text).join(', and '),
      severity: Math.min(100, Math.max(...found.map((finding) => finding.severity)) + 10),
    };
  },
};

export function evaluateTrigger(trigger: Trigger, evidence: Evidence): Finding | null {
  return (EVALUATORS[trigger.kind] as Evaluator<typeof trigger.kind>)(trigger, evidence);
}

function findQuestion(dimensions: Evidence['score']['dimensions'], id: string): QuestionScore | undefined {
  for (const dimension of dimensions) {
    const found = dimension.questions.find((result) => result.question.id === id);
    if (found) return found;
  }
  return undefined;
}
