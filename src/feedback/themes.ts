/**
 * Themes: the built-in packs of themes by trade (./themes/packs.ts), the themes discovered from a
 * file's comments (./themes/discover.ts) and the plan that puts them together with the team's own
 * (./themes/plan.ts). This module is their one entry point.
 */
export { DOMAIN_PACKS, type DomainId, type DomainPack, THEMES, type Theme } from './themes/packs.js';
export {
  BUILT_IN_THEMES,
  compileThemePlan,
  extendThemes,
  type PlannedTheme,
  planThemes,
  type ThemeExtensions,
  type ThemePlan,
  type ThemeSet,
} from './themes/plan.js';
