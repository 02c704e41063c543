/**
 * The language of an export's headers, for the one thing the data may leave open: whether
 * 03/04/2026 is the 3rd of April or the 4th of March. Words that survey tools and people write
 * in headers, by language; accents are folded before matching.
 */
const HEADER_WORDS: Readonly<Record<HeaderLanguage, RegExp>> = {
  English: /\b(timestamp|date|comments?|why|how|what|likely|recommend|your|you|would|satisfied|rating|review|feedback|submitted)\b/g,
  French: /\b(horodateur|commentaires?|pourquoi|recommanderiez|recommander|probabilite|votre|vous|quelle?|satisfait|avis|reponse|note)\b/g,
  German: /\b(zeitstempel|datum|kommentar|warum|wie|weiterempfehlen|empfehlen|wahrscheinlich|ihre?|sie|zufrieden|bewertung|antwort)\b/g,
  Spanish:
    /\b(marca temporal|fecha|comentarios?|por que|recomiendes?|recomendarias?|recomendaria|probable|usted|que tan|satisfecho|valoracion|respuesta)\b/g,
  Italian:
    /\b(informazioni cronologiche|commenti|commento|perche|consiglieresti|raccomanderesti|probabilita|quanto|soddisfatto|valutazione|risposta)\b/g,
  Dutch: /\b(tijdstempel|opmerkingen?|waarom|aanbevelen|aanraden|waarschijnlijk|uw|jij|tevreden|beoordeling|antwoord)\b/g,
  Portuguese: /\b(carimbo de data|comentarios?|por que|recomendaria|indicaria|provavel|voce|satisfeito|avaliacao|resposta)\b/g,
};

export type HeaderLanguage = 'English' | 'French' | 'German' | 'Spanish' | 'Italian' | 'Dutch' | 'Portuguese';

/** The language most header words belong to, or null when the headers name none of them. */
export function headerLanguage(headers: readonly string[]): HeaderLanguage | null {
  const text = headers
    .join(' | ')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let best: { language: HeaderLanguage; hits: number } | null = null;
  for (const [language, words] of Object.entries(HEADER_WORDS) as [HeaderLanguage, RegExp][]) {
    const hits = text.match(words)?.length ?? 0;
    if (hits > (best?.hits ?? 0)) best = { language, hits };
  }
  return best?.language ?? null;
}

/**
 * The day/month order a file's locale writes, when its dates never settle it: month first in
 * English (the survey tools that export English mostly write US dates), day first elsewhere.
 */
export function localeDateOrder(headers: readonly string[]): { order: 'dmy' | 'mdy'; reason: string } {
  const language = headerLanguage(headers);
  if (language === 'English') return { order: 'mdy', reason: 'the headers are in English, which survey tools mostly date month first' };
  if (language) return { order: 'dmy', reason: `the headers are in ${language}, which dates day first` };
  return { order: 'dmy', reason: 'the headers do not say which language the file is in, and most of the world dates day first' };
}
