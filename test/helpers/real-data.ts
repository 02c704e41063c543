import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The real exports (../shared/data/real beside the clone, see its SOURCES files), or the folder
 * CENTRICITY_REAL_DATA names. They are never copied into the repository.
 */
export const REAL_DATA = process.env.CENTRICITY_REAL_DATA
  ? `${process.env.CENTRICITY_REAL_DATA.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../../../shared/data/real/', import.meta.url));

export const hasRealData = existsSync(REAL_DATA);
if (!hasRealData)
  console.warn(`real data sets not found at ${REAL_DATA}: the tests on real data are skipped (set CENTRICITY_REAL_DATA to their folder)`);
