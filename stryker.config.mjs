// Mutation testing (StrykerJS + Vitest) of the URL parsers and the model: `npm run test:mutation`; survivors are printed.
// Narrow it with MUTATE=url or MUTATE=model. Not part of `npm test` (it takes minutes to an hour).
const targets = {
	url: ['src/lib/url/**/*.ts', '!src/lib/url/**/*.test.ts', '!src/lib/url/testing-*.ts'],
	model: ['src/lib/model/**/*.ts', '!src/lib/model/**/*.test.ts', '!src/lib/model/testing.ts']
};
const chosen = (process.env.MUTATE ?? 'url,model').split(',').filter((name) => name in targets);
process.env.MUTATE = chosen.join(',');

// Fewer fuzz cases per mutant: the property tests still see hundreds of hostile queries each.
process.env.URL_FUZZ_RUNS ??= '100';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	// The tests beside the mutated code only (vitest.stryker.config.ts reads MUTATE); the other suites cannot kill these mutants.
	vitest: { configFile: 'vitest.stryker.config.ts', related: false },
	mutate: chosen.flatMap((name) => targets[name]),
	coverageAnalysis: 'perTest',
	reporters: ['clear-text', 'progress', 'html'],
	clearTextReporter: { reportMutants: true, reportScoreTable: true, allowColor: false },
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
	timeoutMS: 20_000,
	dryRunTimeoutMinutes: 30,
	thresholds: { high: 90, low: 80, break: null },
	tempDirName: '.stryker-tmp',
	ignorePatterns: [
		'build',
		'build-single',
		'test-results',
		'playwright-report',
		'bench-results',
		'reports'
	]
};
