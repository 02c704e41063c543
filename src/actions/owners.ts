import type { Action } from './types.js';

/**
 * The config's `owners` maps the roles actions are given to the people who hold them, e.g.
 * `{ "Customer support lead": "Sam" }`, so that the plan names a person and keeps the role.
 */
export type Owners = Readonly<Record<string, string>>;

/** The role an owner names, without the parenthesis that may follow it: "Team lead (with one person …)" → "Team lead". */
export function roleOf(owner: string): string {
  return owner.replace(/\s*\(.*\)\s*$/, '');
}

/** What an owner's parenthesis adds, or '' when it has none: "Team lead (with one person …)" → "with one person …". */
function detailOf(owner: string): string {
  return /\((.*)\)\s*$/.exec(owner)?.[1]?.trim() ?? '';
}

/** How a config key or an owner is compared: case and runs of spaces do not matter. */
function key(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The person named for an action's owner: the key equal to the whole owner, else to its role; null when none is. */
export function assigneeOf(owner: string, owners: Owners): string | null {
  const byKey = new Map(Object.entries(owners).map(([role, name]) => [key(role), name]));
  return byKey.get(key(owner)) ?? byKey.get(key(roleOf(owner))) ?? null;
}

/** The keys of `owners` that match no action's owner (whole, or its role) in the catalogue: typos, or roles no action has. */
export function unmatchedOwners(owners: Owners, catalogue: readonly Action[]): string[] {
  const known = new Set(catalogue.flatMap((action) => [key(action.owner), key(roleOf(action.owner))]));
  return Object.keys(owners).filter((role) => !known.has(key(role)));
}

/** The roles of a catalogue's actions, each once, for suggestions. */
export function rolesOf(catalogue: readonly Action[]): string[] {
  return [...new Set(catalogue.map((action) => roleOf(action.owner)))];
}

/** An owner as the plan shows it: "Sam (Customer support lead)", "Sam (Team lead, with one person …)", or the role alone. */
export function ownerLabel(owner: string, assignee: string | null): string {
  if (!assignee) return owner;
  const detail = detailOf(owner);
  return `${assignee} (${roleOf(owner)}${detail ? `, ${detail}` : ''})`;
}
