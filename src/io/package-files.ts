/**
 * Files that ship with centricity (templates, samples, the worker threads' modules), found from
 * the package's own folder: the same whether the code runs as separate modules from dist/ or as
 * the bundle the command line loads (dist/cli/bundle/), in a clone or an installed package.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds centricity's package.json, found by going up from this module. */
function findPackageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'centricity') return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error("centricity's package.json was not found above its code: the installation is broken.");
    folder = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();

/** The path of a file of the package, from its root ("templates/report.md.hbs"). */
export const packageFile = (relative: string): string => join(PACKAGE_ROOT, relative);
