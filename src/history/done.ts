import type { Snapshot } from './snapshot.js';

/** An action line of the Markdown report: `- [ ] **Title** · owner: …`, ticked as `[x]` when done. */
const ACTION_LINE = /^- \[([ xX])\] \*\*(.+?)\*\*(?= ·|$)/gm;

/** The action titles of a report as centricity wrote it, and those ticked since. */
export function reportChecklist(markdown: string): { titles: string[]; ticked: string[] } {
  const titles: string[] = [];
  const ticked: string[] = [];
  for (const match of markdown.matchAll(ACTION_LINE)) {
    const title = unescapeMarkdown(match[2]!);
    titles.push(title);
    if (match[1] !== ' ') ticked.push(title);
  }
  return { titles, ticked };
}

/** The inverse of the report's escaping of plain text (src/report/markdown.ts): entities and backslashed punctuation. */
function unescapeMarkdown(text: string): string {
  return text
    .replace(/\\([\\`*_[\]|#~])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The snapshot whose plan the report lists: the latest one whose action titles include every
 * title the report has. A report lists the actions of the audit that wrote it, so ticks in it
 * are about that audit's plan, whichever audit is being run now.
 */
export function snapshotOfReport(titles: readonly string[], snapshots: readonly Snapshot[]): Snapshot | null {
  if (titles.length === 0) return null;
  const matching = snapshots.filter((snapshot) => titles.every((title) => snapshot.actions.some((action) => action.title === title)));
  return matching.sort((a, b) => a.date.localeCompare(b.date)).at(-1) ?? null;
}

/** The snapshot with these actions marked done (by id or by title); the same object when nothing changes. */
export function markDone(snapshot: Snapshot, done: { ids?: readonly string[]; titles?: readonly string[] }): Snapshot {
  const isDone = (action: Snapshot['actions'][number]) => Boolean(done.ids?.includes(action.id) || done.titles?.includes(action.title));
  if (!snapshot.actions.some((action) => !action.done && isDone(action))) return snapshot;
  return { ...snapshot, actions: snapshot.actions.map((action) => (isDone(action) ? { ...action, done: true } : action)) };
}
