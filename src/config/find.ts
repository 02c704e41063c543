import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { errorMessage, InputError } from '../errors.js';
import { fileExists, readTextFile } from '../io/files.js';
import { readYaml, type YamlSource } from '../io/yaml.js';
import { DEFAULT_SETTINGS, type Settings, settingsFromConfig } from './config.js';
import { CONFIG_FILES } from './files.js';

/**
 * The settings for this run: from `--config FILE`, else from the first config file found in
 * `folder`, else from package.json's "centricity" key, else the built-in defaults.
 */
export async function loadSettings(
  explicit: string | undefined,
  folder: string = process.cwd(),
): Promise<{ settings: Settings; from: string | null }> {
  if (explicit) return { settings: await fromFile(explicit), from: explicit };
  for (const name of CONFIG_FILES) {
    const path = join(folder, name);
    if (await fileExists(path)) return { settings: await fromFile(path), from: name };
  }
  const packageJson = join(folder, 'package.json');
  if (await fileExists(packageJson)) {
    const data = JSON.parse(await readTextFile(packageJson, 'package.json').catch(() => '{}')) as { centricity?: unknown };
    if (data.centricity !== undefined)
      return { settings: settingsFromConfig(plainSource(data.centricity), 'package.json "centricity"'), from: 'package.json' };
  }
  return { settings: DEFAULT_SETTINGS, from: null };
}

async function fromFile(path: string): Promise<Settings> {
  if (path.endsWith('.js') || path.endsWith('.mjs')) {
    if (!(await fileExists(path))) throw new InputError(`cannot find the config file ${path}: check the --config path.`);
    let module: { default?: unknown };
    try {
      module = (await import(pathToFileURL(resolve(path)).href)) as { default?: unknown };
    } catch (error) {
      throw new InputError(`${path} could not be loaded: ${errorMessage(error).split('\n')[0]}.`);
    }
    if (module.default === undefined) throw new InputError(`${path} has no default export: write export default { … }.`);
    return settingsFromConfig(plainSource(module.default), basename(path));
  }
  const text = await readTextFile(path, 'config file');
  return settingsFromConfig(readYaml(text, path, 'write at least one section, or delete the file.'), path);
}

/** Config data with no text behind it (a JavaScript module, package.json): problems have no line. */
function plainSource(data: unknown): YamlSource {
  return { data, lineOf: () => '' };
}
