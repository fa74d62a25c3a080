// Vitest settings for mutation testing only (stryker.config.mjs): the app's config, only the tests beside the mutated code, and room for instrumented code on a shared machine.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

const folders = (process.env.MUTATE ?? 'url,model').split(',');
/** STRYKER_TESTS (comma-separated globs) narrows the tests further, e.g. to the fast unit tests of the files mutated. */
const tests = process.env.STRYKER_TESTS?.split(',').filter(Boolean);

export default mergeConfig(
	base,
	defineConfig({
		test: {
			include: tests ?? folders.map((folder) => `src/lib/${folder}/**/*.test.ts`),
			testTimeout: 60_000
		}
	}),
	false
);
