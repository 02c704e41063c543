import { z } from 'zod';
import type { AnalysedFeedback } from '../../feedback/model.js';
import { formatCount } from '../../format.js';
import { defineCheck } from '../check.js';

const ID = 'unreadable-languages';

/**
 * Comments in languages centricity cannot read: their tone is not scored (never counted as
 * neutral), so the sentiment figures stand for the other comments only, and the report says so.
 */
export const unreadableLanguages = defineCheck({
  id: ID,
  description: 'Counts the comments in languages whose tone centricity cannot read, left out of every sentiment figure.',
  params: z.object({}),
  messages: {
    one: '{count|count:comment} ({share}%) is in a language centricity cannot read ({languages}): its tone is not scored',
    oneLanguage: '{count|count:comment} ({share}%) are in a language centricity cannot read ({languages}): their tone is not scored',
    many: '{count|count:comment} ({share}%) are in languages centricity cannot read ({languages}): their tone is not scored',
  },
  evaluate: (_params, summary: AnalysedFeedback) => {
    const unreadable = summary.comments?.languages.unreadable;
    if (!unreadable || unreadable.count === 0) return [];
    const { count, share, languages } = unreadable;
    const messageId = count === 1 ? 'one' : languages.length === 1 ? 'oneLanguage' : 'many';
    // "Polish 30, Japanese 7"; one comment needs no count.
    const names = languages.map((language) => (count === 1 ? language.name : `${language.name} ${formatCount(language.count)}`));
    return [{ check: ID, messageId, data: { count, share, languages: names.join(', ') }, severity: 20 }];
  },
});
