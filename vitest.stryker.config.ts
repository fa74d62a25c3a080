// Vitest settings for mutation testing only (stryker.config.mjs): the app's config, only the tests beside the mutated code, and room for instrumented code on a shared machine.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

const folders = (process.env.MUTATE ?? 'url,model').split(',');

export default mergeConfig(
	base,
	defineConfig({
		test: {
			include: folders.map((folder) => `src/lib/${folder}/**/*.test.ts`),
			testTimeout: 60_000
		}
	}),
	false
);
