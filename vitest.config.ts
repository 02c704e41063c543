import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that spawn the CLI, a terminal or a browser (every folder but test/unit) start first,
 * each group in Vitest's own order (slowest first when it has timings, else largest first). On a
 * fresh clone Vitest has no timings, and a small but slow file (the golden reports) would otherwise
 * start last, with one worker idle while it runs.
 */
class SpawningFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isUnit = (file: TestSpecification) => /[\\/]test[\\/]unit[\\/]/.test(file.moduleId);
    return [...sorted.filter((file) => !isUnit(file)), ...sorted.filter(isUnit)];
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/build.ts'],
    // End-to-end tests spawn the built CLI; the pseudo-terminal tests type a whole questionnaire.
    testTimeout: 60_000,
    // Most of the time is spent waiting on spawned CLIs, so two files at a time keep both cores busy.
    maxWorkers: 2,
    // Each worker imports the modules once for all its files, not once a file (about 20 s less in all):
    // no test file changes a module's state for the next (main installs its handlers once a process).
    isolate: false,
    sequence: { sequencer: SpawningFirst },
  },
});
