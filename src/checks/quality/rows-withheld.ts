import { z } from 'zod';
import type { AnalysedFeedback } from '../../feedback/model.js';
import { defineCheck } from '../check.js';

const FIX = 'fix the file or add --allow-partial';
const UNCOUNTED = 'that swallow more than can be counted, so what it holds is not known';

/**
 * Why a file's headline figures are withheld, for the report's first lines, the terminal and CI
 * logs: too large a share of its records could not be read, or broken quotes swallow past counting.
 */
export const rowsWithheld = defineCheck({
  id: 'rows-withheld',
  description: "Withholds a file's headline figures when more than 1% of its records could not be read (`--allow-partial` gives them).",
  params: z.object({}),
  messages: {
    lostRecords: `withheld: {share}% of the rows could not be read; ${FIX}`,
    lostRecordsAt: `withheld: {share}% of the rows could not be read ({lines|lines}); ${FIX}`,
    brokenQuotes: `withheld: the file has broken quotes ${UNCOUNTED}; ${FIX}`,
    brokenQuotesAt: `withheld: the file has broken quotes ({lines|lines}) ${UNCOUNTED}; ${FIX}`,
  },
  evaluate: (_params, summary: AnalysedFeedback) => {
    const { withheld } = summary;
    if (!withheld) return [];
    const lines = summary.quality.lost.examples.map((example) => example.line);
    const located = lines.length > 0;
    const messageId =
      withheld.reason === 'recovery-limit' ? (located ? 'brokenQuotesAt' : 'brokenQuotes') : located ? 'lostRecordsAt' : 'lostRecords';
    return [
      {
        check: 'rows-withheld',
        messageId,
        data: {
          reason: withheld.reason,
          share: withheld.share,
          lost: withheld.lost,
          of: withheld.of,
          lines,
          moreLines: withheld.lost > lines.length,
        },
        severity: 100,
      },
    ];
  },
});
