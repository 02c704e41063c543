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

/**
 * The roles within an owner: its role before a parenthesis or a comma, and each of the roles that
 * role joins with "or" or "with": "CX lead or customer insights analyst" holds "CX lead" and
 * "customer insights analyst"; "Customer outcome owner, with the CEO as sponsor", "Customer outcome owner".
 */
function rolesWithin(owner: string): string[] {
  const role = roleOf(owner).replace(/,.*$/, '');
  return [role, ...role.split(/\s+(?:or|with)\s+/i).map((part) => part.replace(/^the\s+/i, ''))];
}

/** The names an owner answers to, as keys, most specific first: the whole owner, then the roles within it. */
const namesOf = (owner: string): string[] => [...new Set([owner, roleOf(owner), ...rolesWithin(owner)].map(key))];

/** The person named for an action's owner: the key equal to the whole owner, else to one of its roles (namesOf); null when none is. */
export function assigneeOf(owner: string, owners: Owners): string | null {
  const byKey = new Map(Object.entries(owners).map(([role, name]) => [key(role), name]));
  for (const name of namesOf(owner)) {
    const assignee = byKey.get(name);
    if (assignee !== undefined) return assignee;
  }
  return null;
}

/** The keys of `owners` that match no action's owner (whole, or one of its roles) in the catalogue: typos, or roles no action has. */
export function unmatchedOwners(owners: Owners, catalogue: readonly Action[]): string[] {
  const known = new Set(catalogue.flatMap((action) => namesOf(action.owner)));
  return Object.keys(owners).filter((role) => !known.has(key(role)));
}

/** Keys of `owners` that name the same role written differently ("Team lead" and "team LEAD"), each after the first. */
export function repeatedOwners(owners: Owners): { role: string; first: string }[] {
  const seen = new Map<string, string>();
  return Object.keys(owners).flatMap((role) => {
    const first = seen.get(key(role));
    if (first === undefined) seen.set(key(role), role);
    return first === undefined ? [] : [{ role, first }];
  });
}

/** The roles of a catalogue's actions, each once, for suggestions. */
export function rolesOf(catalogue: readonly Action[]): string[] {
  return [...new Set(catalogue.flatMap((action) => rolesWithin(action.owner)))];
}

/** An owner as the plan shows it: "Sam (Customer support lead)", "Sam (Team lead, with one person …)", or the role alone. */
export function ownerLabel(owner: string, assignee: string | null): string {
  if (!assignee) return owner;
  const detail = detailOf(owner);
  return `${assignee} (${roleOf(owner)}${detail ? `, ${detail}` : ''})`;
}
