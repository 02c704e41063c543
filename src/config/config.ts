import { z } from 'zod';
import { ACTIONS } from '../actions/catalogue.js';
import { type Owners, repeatedOwners, rolesOf, unmatchedOwners } from '../actions/owners.js';
import { ACTION_FIELDS, mergeCatalogue, triggerProblems } from '../actions/parse.js';
import { type Action, actionSchema } from '../actions/types.js';
import { errorMessage, ValidationError } from '../errors.js';
import { labelValues } from '../feedback/labels.js';
import type { ColumnOverrides } from '../feedback/read/columns.js';
import { DATE_ORDERS, type DateOrder, DELIMITERS, ENCODINGS } from '../feedback/read/formats.js';
import { SCALES, type ScaleId } from '../feedback/scale.js';
import { DOMAIN_PACKS, type DomainId, extendThemes, type ThemeExtensions } from '../feedback/themes.js';
import { closestId, validate, type YamlSource } from '../io/yaml.js';
import { DEFAULT_QUESTIONNAIRE, type Questionnaire } from '../questionnaire/index.js';
import { questionSchema, weightSchema } from '../questionnaire/types.js';
import { DEFAULT_SCORING, type ScoringModel } from '../scoring/model.js';

const score = z.number().min(0).max(100);
const DOMAIN_IDS = DOMAIN_PACKS.map((pack) => pack.id) as [DomainId, ...DomainId[]];
const SHARE_EXPECTED = 'expected a share between 0 and 1, e.g. 0.6 for 60%';
const share = z.number({ error: SHARE_EXPECTED }).min(0, SHARE_EXPECTED).max(1, SHARE_EXPECTED);
const OWNER_EXPECTED = 'expected the name of the person who holds the role, e.g. "Customer support lead": "Sam"';
const OWNERS_EXPECTED = 'expected roles and the people who hold them, e.g. owners: { "Customer support lead": "Sam" }';
const ownerName = z.string({ error: OWNER_EXPECTED }).trim().min(1, OWNER_EXPECTED).max(100, 'expected a name of at most 100 characters');

const configSchema = z.strictObject({
  feedback: z
    .strictObject({
      columns: z
        .strictObject({ score: z.string(), comment: z.string(), date: z.string(), segment: z.string(), id: z.string(), value: z.string() })
        .partial()
        .optional(),
      scale: z.enum(SCALES.map((scale) => scale.id) as [ScaleId, ...ScaleId[]]).optional(),
      delimiter: z.enum(DELIMITERS).optional(),
      dateOrder: z.enum(DATE_ORDERS).optional(),
      labels: z.record(z.string(), z.number()).optional(),
      encoding: z.enum(ENCODINGS).optional(),
      minGroupSize: z.number().int().min(1).optional(),
      allowPartial: z.boolean().optional(),
      redact: z.boolean().optional(),
    })
    .optional(),
  scoring: z
    .strictObject({
      dimensionWeights: z.record(z.string(), weightSchema).optional(),
      questionWeights: z.record(z.string(), weightSchema).optional(),
      /** Level id → the overall score from which it is reached. */
      levels: z.record(z.string(), score).optional(),
      /** Share (0–1) of the questionnaire's weight that must be answered for an overall score and level. */
      minAnsweredWeight: share.optional(),
    })
    .optional(),
  /** More keywords for a built-in theme, a new theme with its title, or `domain`: the trade whose themes to use. */
  themes: z
    .record(
      z.string().regex(/^[a-z0-9-]+$/, 'expected a theme id of lower-case letters, digits and dashes'),
      z.union(
        [
          z.array(z.string().min(1)),
          z.strictObject({ title: z.string().min(1), keywords: z.array(z.string().min(1)).min(1) }),
          z.enum(DOMAIN_IDS),
        ],
        { error: `expected keywords, { title, keywords }, or for themes.domain one of ${DOMAIN_IDS.join(', ')}` },
      ),
    )
    .optional(),
  questions: z.array(questionSchema).optional(),
  actions: z.array(actionSchema).optional(),
  /** Action owner (a role, such as "Customer support lead") → the person who holds it, named in the plan beside the role. */
  owners: z
    .record(z.string().trim().min(1, 'expected a role, e.g. "Customer support lead"'), ownerName, { error: OWNERS_EXPECTED })
    .optional(),
  thresholds: z
    .strictObject({ overall: score, dimensions: z.record(z.string(), score), nps: z.number().min(-100).max(100) })
    .partial()
    .optional(),
  /** The folder where each audit's snapshot is kept (relative to the working folder), or false to keep none. */
  history: z
    .union([z.string().min(1), z.literal(false)], { error: 'expected a folder, e.g. .centricity/history, or false to keep no history' })
    .optional(),
});

export type Config = z.infer<typeof configSchema>;

/** What a config changes, ready for the commands: each piece replaces a built-in default. */
export interface Settings {
  questionnaire: Questionnaire;
  scoring: ScoringModel;
  catalogue: readonly Action[];
  /** Who holds each role that actions are given to (`owners` in the config). */
  owners: Owners;
  thresholds: NonNullable<Config['thresholds']>;
  /** Where audits keep their snapshots; false: nowhere. */
  history: string | false;
  feedback: {
    columns: ColumnOverrides;
    scale?: ScaleId;
    delimiter?: (typeof DELIMITERS)[number];
    dateOrder?: DateOrder;
    labels?: ReadonlyMap<string, number>;
    encoding?: (typeof ENCODINGS)[number];
    minGroupSize?: number;
    /** Give headline figures even when more than 1% of a file's rows could not be read. */
    allowPartial?: boolean;
    /** False: show personal data in reports as typed (like --no-redact). */
    redact?: boolean;
    themes?: ThemeExtensions;
    /** `themes.domain`: the trade whose themes to use, instead of the one the comments' words point to. */
    domain?: DomainId;
  };
}

/** The folder a team commits, beside its answers, so that each audit is compared with the one before. */
export const DEFAULT_HISTORY_FOLDER = '.centricity/history';

export const DEFAULT_SETTINGS: Settings = {
  questionnaire: DEFAULT_QUESTIONNAIRE,
  scoring: DEFAULT_SCORING,
  catalogue: ACTIONS,
  owners: {},
  thresholds: {},
  history: DEFAULT_HISTORY_FOLDER,
  feedback: { columns: {} },
};

const TOP_FIELDS = 'feedback, scoring, themes, questions, actions, owners, thresholds, history';

/**
 * Validates a config (already read from YAML, JSON, a .js module or package.json) and turns it
 * into settings. Every problem is reported at once, with its line where the file has lines.
 */
export function settingsFromConfig(source: YamlSource, file: string): Settings {
  const config = validate(configSchema, source, file, (path) =>
    path.length === 0
      ? TOP_FIELDS
      : path[0] === 'actions'
        ? ACTION_FIELDS
        : path[0] === 'questions'
          ? 'id, dimension, text, why, evidence, scale, weight'
          : 'the fields the README lists for this section',
  );
  const problems: string[] = [];
  const dimensionIds = DEFAULT_QUESTIONNAIRE.dimensions.map((dimension) => dimension.id as string);
  const checkDimension = (id: string, path: (string | number)[]) => {
    if (!dimensionIds.includes(id))
      problems.push(`${source.lineOf(path)}${path.join('.')}: ${id} is not a dimension; use one of ${dimensionIds.join(', ')}.`);
  };

  const extraQuestions = config.questions ?? [];
  extraQuestions.forEach((question, index) => {
    if (!question.id.startsWith(`${question.dimension}.`)) {
      const example = `${question.dimension}.${question.id.split('.').pop()}`;
      problems.push(`${source.lineOf(['questions', index, 'id'])}questions.${index}.id: start it with its dimension, e.g. ${example}.`);
    }
    if (DEFAULT_QUESTIONNAIRE.questions.some((builtIn) => builtIn.id === question.id))
      problems.push(
        `${source.lineOf(['questions', index, 'id'])}questions.${index}.id: ${question.id} is a built-in question; choose another id.`,
      );
  });
  // Each extra question is asked with its own dimension, after the built-in ones.
  const ordered = DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) => [
    ...DEFAULT_QUESTIONNAIRE.questions.filter((question) => question.dimension === dimension.id),
    ...extraQuestions.filter((question) => question.dimension === dimension.id),
  ]);
  const questionnaire = withWeights(
    { dimensions: DEFAULT_QUESTIONNAIRE.dimensions, questions: ordered },
    config,
    source,
    problems,
    checkDimension,
  );

  for (const id of Object.keys(config.thresholds?.dimensions ?? {})) checkDimension(id, ['thresholds', 'dimensions', id]);
  const levels = levelsFrom(config, source, problems);
  const { domain, extensions } = splitThemes(config.themes);
  for (const [id, value] of Object.entries(config.themes ?? {})) {
    if (typeof value === 'string' && id !== 'domain')
      problems.push(
        `${source.lineOf(['themes', id])}themes.${id}: only themes.domain takes a trade; give a theme keywords or { title, keywords }.`,
      );
  }
  try {
    extendThemes(extensions, domain);
  } catch (error) {
    problems.push(`${source.lineOf(['themes'])}${errorMessage(error)}`);
  }
  problems.push(...triggerProblems(config.actions ?? [], ['actions'], source, questionnaire));
  const catalogue = mergeCatalogue(ACTIONS, config.actions ?? []);
  const owners = config.owners ?? {};
  for (const role of unmatchedOwners(owners, catalogue)) {
    const suggestion = closestId(role, rolesOf(catalogue));
    const hint = suggestion
      ? `did you mean "${suggestion}"?`
      : 'write the role as the report shows it after "owner:", e.g. "Customer support lead".';
    problems.push(`${source.lineOf(['owners', role])}owners."${role}": no action is owned by this role; ${hint}`);
  }
  for (const { role, first } of repeatedOwners(owners)) {
    problems.push(`${source.lineOf(['owners', role])}owners."${role}": the same role as "${first}" (case and spaces aside); keep one.`);
  }
  if (problems.length > 0) throw new ValidationError(file, problems);

  const feedback = config.feedback ?? {};
  return {
    questionnaire,
    scoring: {
      ...DEFAULT_SCORING,
      levels,
      ...(config.scoring?.minAnsweredWeight !== undefined && { minAnsweredWeight: config.scoring.minAnsweredWeight }),
    },
    catalogue,
    owners,
    thresholds: config.thresholds ?? {},
    history: config.history ?? DEFAULT_HISTORY_FOLDER,
    feedback: {
      columns: feedback.columns ?? {},
      ...(feedback.scale && { scale: feedback.scale }),
      ...(feedback.delimiter && { delimiter: feedback.delimiter }),
      ...(feedback.dateOrder && { dateOrder: feedback.dateOrder }),
      ...(feedback.labels && { labels: labelValues(Object.entries(feedback.labels), 'feedback.labels in the config') }),
      ...(feedback.encoding && { encoding: feedback.encoding }),
      ...(feedback.minGroupSize !== undefined && { minGroupSize: feedback.minGroupSize }),
      ...(feedback.allowPartial !== undefined && { allowPartial: feedback.allowPartial }),
      ...(feedback.redact !== undefined && { redact: feedback.redact }),
      ...(extensions && { themes: extensions }),
      ...(domain && { domain }),
    },
  };
}

/** `themes` from the config: the trade (`themes.domain`: retail, software, travel, services) and the team's themes. */
function splitThemes(themes: Config['themes']): { domain?: DomainId; extensions?: ThemeExtensions } {
  if (!themes) return {};
  const domain = typeof themes.domain === 'string' ? themes.domain : undefined;
  const extensions = Object.fromEntries(Object.entries(themes).filter(([, value]) => typeof value !== 'string')) as ThemeExtensions;
  return { ...(domain && { domain }), ...(Object.keys(extensions).length > 0 && { extensions }) };
}

function withWeights(
  questionnaire: Questionnaire,
  config: Config,
  source: YamlSource,
  problems: string[],
  checkDimension: (id: string, path: (string | number)[]) => void,
): Questionnaire {
  const dimensionWeights = config.scoring?.dimensionWeights ?? {};
  const questionWeights = config.scoring?.questionWeights ?? {};
  for (const id of Object.keys(dimensionWeights)) checkDimension(id, ['scoring', 'dimensionWeights', id]);
  const questionIds = questionnaire.questions.map((question) => question.id);
  for (const id of Object.keys(questionWeights)) {
    if (!questionIds.includes(id)) {
      const suggestion = closestId(id, questionIds);
      const hint = suggestion ? `; did you mean ${suggestion}?` : '.';
      problems.push(`${source.lineOf(['scoring', 'questionWeights', id])}scoring.questionWeights.${id}: no question has this id${hint}`);
    }
  }
  return {
    dimensions: questionnaire.dimensions.map((dimension) => ({ ...dimension, weight: dimensionWeights[dimension.id] ?? dimension.weight })),
    questions: questionnaire.questions.map((question) => ({ ...question, weight: questionWeights[question.id] ?? question.weight })),
  };
}

function levelsFrom(config: Config, source: YamlSource, problems: string[]): ScoringModel['levels'] {
  const overrides = config.scoring?.levels ?? {};
  const known = DEFAULT_SCORING.levels.map((level) => level.id as string);
  for (const id of Object.keys(overrides)) {
    if (!known.includes(id))
      problems.push(`${source.lineOf(['scoring', 'levels', id])}scoring.levels.${id}: not a level; use one of ${known.join(', ')}.`);
  }
  const levels = DEFAULT_SCORING.levels.map((level) => ({ ...level, from: overrides[level.id] ?? level.from }));
  if (levels[0]!.from !== 0)
    problems.push(`${source.lineOf(['scoring', 'levels'])}scoring.levels: the first level, ${levels[0]!.id}, must start at 0.`);
  if (levels.some((level, index) => index > 0 && level.from <= levels[index - 1]!.from)) {
    const starts = levels.map((level) => `${level.id} ${level.from}`).join(', ');
    problems.push(`${source.lineOf(['scoring', 'levels'])}scoring.levels: each level must start above the one before (${starts}).`);
  }
  return levels;
}
