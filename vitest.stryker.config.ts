// Vitest settings for mutation testing only (stryker.config.mjs): the app's config, only the tests of the chosen targets, and room for instrumented code on a shared machine.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config';

/** The tests of the chosen targets (comma-separated globs), set by stryker.config.mjs. */
const tests = (process.env.STRYKER_TESTS ?? 'src/lib/url/**/*.test.ts,src/lib/model/**/*.test.ts')
	.split(',')
	.filter(Boolean);

const config = mergeConfig(base, defineConfig({ test: { testTimeout: 60_000 } }), false);
// mergeConfig concatenates arrays (the app's include would come back): the include list is set outright.
config.test = { ...config.test, include: tests };

export default config;
