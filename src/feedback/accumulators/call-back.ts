import type { FeedbackSummary, Respondent } from '../model.js';
import { quote, redact, reportedId } from '../redact.js';
import type { ThemeSet } from '../themes.js';
import type { Accumulator, FinishContext } from './accumulator.js';
import { keepBest } from './best.js';
import { QUOTE_LENGTH, type RowFacts, type ScoredComment } from './row.js';

const UNHAPPIEST = 20;

/** For each score, the respondents to call first; which scores count as unhappy is known only at the end. */
export type CallBackState = ReadonlyMap<number, readonly ScoredComment[]>;

/** Whom to call first: the most recent, then the most valuable, then the lowest score and the most negative comment, then file order. */
const byCallOrder = (a: ScoredComment, b: ScoredComment) =>
  (b.month ?? '').localeCompare(a.month ?? '') ||
  (b.value ?? 0) - (a.value ?? 0) ||
  a.score - b.score ||
  a.sentiment - b.sentiment ||
  a.line - b.line;

/** A theme's name short enough for a list: "Ease of use" and "Billing", not their full titles. */
const shortTitle = (title: string) => title.replace(/\s*[(,].*$/, '');

/**
 * The unhappiest customers who left a comment, in the order to call them back. Each score keeps
 * its first UNHAPPIEST in a total order (ties broken by line), so order does not matter.
 */
export class CallBackList implements Accumulator<CallBackState, Pick<FeedbackSummary, 'unhappiest'>> {
  private readonly toCall = new Map<number, ScoredComment[]>();

  constructor(private readonly themeSet: ThemeSet) {}

  add({ scored }: RowFacts): void {
    if (scored) keepBest(this.listOf(scored.score), scored, byCallOrder, UNHAPPIEST);
  }

  toState(): CallBackState {
    return this.toCall;
  }

  merge(state: CallBackState): void {
    for (const [score, candidates] of state) {
      const list = this.listOf(score);
      for (const candidate of candidates) keepBest(list, candidate, byCallOrder, UNHAPPIEST);
    }
  }

  private listOf(score: number): ScoredComment[] {
    let list = this.toCall.get(score);
    if (!list) {
      list = [];
      this.toCall.set(score, list);
    }
    return list;
  }

  finish({ scale, keepPersonalData, pseudonymKey }: FinishContext): Pick<FeedbackSummary, 'unhappiest'> {
    if (!scale) return { unhappiest: [] };
    const toRespondent = (candidate: ScoredComment): Respondent => ({
      line: candidate.line,
      id: reportedId(candidate.id, keepPersonalData, pseudonymKey),
      segment: candidate.segment === undefined ? null : keepPersonalData ? candidate.segment : redact(candidate.segment),
      value: candidate.value ?? null,
      month: candidate.month,
      score: candidate.score,
      themes: candidate.themes.map((id) => shortTitle(this.themeSet.themes.find((theme) => theme.id === id)?.title ?? id)),
      quote: quote(candidate.comment, QUOTE_LENGTH, keepPersonalData),
    });
    return {
      unhappiest: [...this.toCall]
        .filter(([score]) => score <= scale.bottomTo && score >= scale.min && score <= scale.max)
        .flatMap(([, candidates]) => candidates)
        .sort(byCallOrder)
        .slice(0, UNHAPPIEST)
        .map(toRespondent),
    };
  }
}
