import { z } from 'zod';
import { defineCheck } from '../check.js';

/** What the check reads of the answers: the overall score and how much of the questionnaire's weight they carry. */
export interface AnswersCoverageInput {
  score: number | null;
  coverage: {
    /** Share (0–1) of the weight carried by the questions answered on the 1–5 scale. */
    answeredShare: number;
    /** The share an overall score needs. */
    requiredShare: number;
    /** Titles of the dimensions with no question answered on the 1–5 scale. */
    emptyDimensions: readonly string[];
  };
}

const CARRY = "the questions answered on the 1–5 scale carry {answered|share} of the questionnaire's weight";
const SHORT = `${CARRY}, short of the {required|share} an overall score needs`;

/** Why there is no overall score: read by the summary, the terminal and the gate, which each say it in their place. */
export const answersCoverage = defineCheck({
  id: 'answers-coverage',
  description: "There is no overall score when the answers carry too little of the questionnaire's weight; says how much they carry.",
  params: z.object({}),
  messages: {
    nothingAnswered: 'no question was answered on the 1–5 scale',
    tooLittle: SHORT,
    tooLittleIn: `${SHORT} (no answers in {empty|list})`,
  },
  evaluate: (_params, { score, coverage }: AnswersCoverageInput) => {
    if (score !== null) return [];
    const data = { answered: coverage.answeredShare, required: coverage.requiredShare, empty: [...coverage.emptyDimensions] };
    const messageId = coverage.answeredShare === 0 ? 'nothingAnswered' : coverage.emptyDimensions.length > 0 ? 'tooLittleIn' : 'tooLittle';
    return [{ check: 'answers-coverage', messageId, data, severity: 100 }];
  },
});
