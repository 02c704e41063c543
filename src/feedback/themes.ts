/**
 * Themes: the built-in packs of themes by trade (./themes/packs.ts), the themes discovered from a
 * file's comments (./themes/discover.ts) and the plan that puts them together with the team's own
 * (./themes/plan.ts). This module is their one entry point.
 */
import { BUILT_IN_THEMES } from './themes/plan.js';

export { DOMAIN_PACKS, type DomainId, type DomainPack, packOf, THEMES, type Theme } from './themes/packs.js';
export {
  BUILT_IN_THEMES,
  compileThemePlan,
  DISCOVERED_WEIGHT,
  extendThemes,
  type PlannedTheme,
  planThemes,
  TEAM_WEIGHT,
  type ThemeExtensions,
  type ThemePlan,
  type ThemeSet,
  themesFor,
} from './themes/plan.js';

/** Ids of the built-in (retail) themes a comment mentions, best fit first, each at most once. */
export function themesOf(tokens: readonly string[]): string[] {
  return BUILT_IN_THEMES.themesOf(tokens);
}

/** True when a token belongs to some built-in (retail) theme keyword. */
export function isThemeWord(token: string): boolean {
  return BUILT_IN_THEMES.isThemeWord(token);
}
