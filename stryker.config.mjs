// Mutation testing (StrykerJS + Vitest) of the URL parsers and the model: `npm run test:mutation`; survivors are printed.
// Narrow it with MUTATE=url, MUTATE=model, or one of the model's parts with its fast unit tests: MUTATE=core (solver,
// snapshot, state, schedule, hormones, point), MUTATE=kinetics (fluxes, bone, step, simulate, calibration, life
// course, assumptions), MUTATE=vitamins (vitamin D and K, their forms, the evidence view) or MUTATE=inputs (the input
// spec, presets, foods). Not part of `npm test` (it takes minutes to an hour). INCREMENTAL=1 (or `--incremental`)
// reuses the last run's results for unchanged mutants and tests (reports/incremental/<target>.json).
const targets = {
	url: {
		mutate: ['src/lib/url/**/*.ts', '!src/lib/url/**/*.test.ts', '!src/lib/url/testing-*.ts'],
		tests: ['src/lib/url/**/*.test.ts']
	},
	model: {
		mutate: [
			'src/lib/model/**/*.ts',
			'!src/lib/model/**/*.test.ts',
			'!src/lib/model/testing.ts',
			// Pure data, no logic to mutate: the constants with their sources and the evidence claims (a mutant
			// there changes a published number or a sentence; the calibration tests and `npm run validate` judge those).
			'!src/lib/model/constants.ts',
			'!src/lib/model/evidence-claims.ts',
			// Re-exports only.
			'!src/lib/model/index.ts',
			// The calibration targets themselves (each a range and the run that checks it): test code that `npm run
			// validate` runs in `npm test`; a mutant there changes a check, not the model.
			'!src/lib/model/validation*.ts'
		],
		tests: ['src/lib/model/**/*.test.ts']
	},
	core: {
		mutate: ['solver', 'snapshot', 'state', 'schedule', 'hormones', 'point'].map(
			(name) => `src/lib/model/${name}.ts`
		),
		// Tests that compute inside each test (a test computing while collected makes every mutant it touches "static":
		// re-run by every test, hours on a shared machine).
		tests: ['solver', 'snapshot', 'hormones', 'schedule'].map(
			(name) => `src/lib/model/${name}.test.ts`
		)
	},
	kinetics: {
		mutate: [
			'fluxes',
			'bone',
			'step',
			'simulate',
			'calibration',
			'life-course',
			'life-course-vitamins',
			'life-stages',
			'assumptions'
		].map((name) => `src/lib/model/${name}.ts`),
		// grid.test.ts is left out: 2 s of whole-grid runs for each mutant it covers (all of them), and the unit tests
		// below kill what it would.
		tests: [
			'fluxes',
			'step',
			'simulate',
			'calibration',
			'life-course',
			'assumptions',
			'parameters',
			'vitamins',
			'vitamin-k-forms',
			'evidence'
		].map((name) => `src/lib/model/${name}.test.ts`)
	},
	vitamins: {
		mutate: ['vitamins', 'vitamin-k-forms', 'evidence'].map((name) => `src/lib/model/${name}.ts`),
		tests: ['vitamins', 'vitamin-k-forms', 'evidence', 'fluxes', 'simulate', 'calibration'].map(
			(name) => `src/lib/model/${name}.test.ts`
		)
	},
	inputs: {
		mutate: [
			'src/lib/model/parameters.ts',
			'src/lib/model/input-spec.ts',
			'src/lib/model/scenarios.ts',
			'src/lib/model/foods/*.ts',
			'!src/lib/model/foods/*.test.ts'
		],
		tests: ['parameters', 'scenarios', 'foods/*'].map((name) => `src/lib/model/${name}.test.ts`)
	}
};
const chosen = (process.env.MUTATE ?? 'url,model').split(',').filter((name) => name in targets);
const name = chosen.join('-');
// vitest.stryker.config.ts runs only these tests (the other suites cannot kill these mutants).
process.env.STRYKER_TESTS = chosen.flatMap((target) => targets[target].tests).join(',');

// Fewer fuzz cases per mutant: the property tests still see hundreds of hostile queries each.
process.env.URL_FUZZ_RUNS ??= '100';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.stryker.config.ts', related: false },
	mutate: chosen.flatMap((target) => targets[target].mutate),
	coverageAnalysis: 'perTest',
	// scripts/mutation-survivors.js prints the score per file and each survivor from the JSON report.
	reporters: ['clear-text', 'progress', 'html', 'json'],
	clearTextReporter: { reportMutants: false, reportScoreTable: true, allowColor: false },
	htmlReporter: { fileName: `reports/mutation/${name}.html` },
	jsonReporter: { fileName: `reports/mutation/${name}.json` },
	concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
	timeoutMS: 20_000,
	dryRunTimeoutMinutes: 30,
	thresholds: { high: 90, low: 80, break: null },
	// One sandbox per target, so two targets can run side by side.
	tempDirName: `.stryker-tmp-${name}`,
	incremental: process.env.INCREMENTAL === '1',
	incrementalFile: `reports/incremental/${name}.json`,
	// Anchored at the root: a bare 'build' would also drop scripts/build/, which vite.config.ts imports.
	ignorePatterns: [
		'/build',
		'/build-single',
		'/test-results',
		'/playwright-report',
		'/bench-results',
		'/reports',
		'/.stryker-tmp*'
	]
};
