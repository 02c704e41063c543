/** Text utilities shared by sentiment, themes and term counting: one tokenizer for all of them. */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Exports often keep HTML entities (`&amp;`, `&#39;`); read them as the characters they stand for. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[body.toLowerCase()] ?? entity;
  });
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/**
 * Lower-cased word tokens, apostrophes kept inside words ("don't", "l'accueil"), curly
 * apostrophes folded to straight ones. Punctuation, emoji and spaces are dropped.
 */
export function tokenize(text: string): string[] {
  const tokens = decodeEntities(text).toLowerCase().match(TOKEN);
  if (!tokens) return [];
  return tokens.map((token) => (token.includes('’') ? token.replace(/’/g, "'") : token));
}
