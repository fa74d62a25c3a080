// Property tests: random and hostile query strings never make the parsers throw (they have no try/catch), and always yield valid state. Each test stands alone.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { numericInputSpecs, sanitizeInputs } from '$lib/model/parameters';
import { locales } from '$lib/paraglide/runtime';
import { appParamNames } from './app-schema';
import { HIDEABLE_PARTS, SPEEDS, TOUR_STEP_LIMIT, VIEWS, type AppUrlState } from './app-state';
import {
	EMBED_PANELS,
	EMBED_THEMES,
	embedParamNames,
	parseEmbedOptions,
	parseEmbedUrl,
	type EmbedOptions
} from './embed-options';
import { roundToStepPrecision } from './field-schemas';
import { parseAppState } from './parse';
import { MAX_NAME_LENGTH, MAX_PARAMS_INSPECTED, type RejectedParam } from './query-reader';
import {
	hostilePairsArbitrary,
	hostileQueryArbitrary,
	randomTextArbitrary
} from './testing-hostile-queries';

/** Runs per property; each run feeds one input to all three parsers. */
const RUNS = Number(process.env.URL_FUZZ_RUNS ?? 10_000);
/** Generous: the machines running the tests are shared; a run takes about 3–8 s in all. */
const FUZZ_TIMEOUT_MS = 60_000;
const REASONS = ['unknown', 'malformed', 'out-of-range', 'duplicate', 'too-long', 'too-many'];
const UNSAFE_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** Throws when `condition` is false. Plain checks: vitest's expect is too slow for 10^5 assertions. */
function check(condition: boolean, message: string, subject: unknown): void {
	if (!condition) throw new Error(`${message}: ${JSON.stringify(subject)}`);
}

function checkValidState(state: AppUrlState): void {
	check(
		isDeepStrictEqual(sanitizeInputs(state.inputs), state.inputs),
		'inputs outside the spec',
		state
	);
	for (const spec of numericInputSpecs) {
		const value: number = state.inputs[spec.id];
		check(roundToStepPrecision(value, spec.step) === value, 'input not at step precision', state);
	}
	check(isOneOf(VIEWS, state.view) && isOneOf(SPEEDS, state.speed), 'bad view or speed', state);
	check(typeof state.playing === 'boolean', 'playing not boolean', state);
	const tour = state.tour;
	check(
		tour === undefined || (Number.isInteger(tour) && tour >= 1 && tour <= TOUR_STEP_LIMIT),
		'bad tour',
		state
	);
	check(state.lang === undefined || isOneOf(locales, state.lang), 'bad lang', state);
	check(isDeepStrictEqual(Object.keys(state.hide), [...HIDEABLE_PARTS]), 'bad hide keys', state);
	check(
		HIDEABLE_PARTS.every((part) => typeof state.hide[part] === 'boolean'),
		'bad hide',
		state
	);
}

function checkValidOptions(options: EmbedOptions): void {
	check(
		options.panels.every((panel) => isOneOf(EMBED_PANELS, panel)),
		'bad panels',
		options
	);
	check(isOneOf(EMBED_THEMES, options.theme), 'bad theme', options);
	check(typeof options.autoplay === 'boolean', 'autoplay not boolean', options);
	const childId = options.childId;
	check(childId === undefined || /^[A-Za-z0-9_-]{1,64}$/.test(childId), 'bad childId', options);
}

function checkSafeRejections(rejected: RejectedParam[]): void {
	check(rejected.length <= MAX_PARAMS_INSPECTED + 1, 'too many rejections', rejected.length);
	for (const entry of rejected) {
		check(typeof entry.name === 'string', 'name not a string', entry);
		check(entry.name.length <= MAX_NAME_LENGTH, 'name too long', entry);
		check(!UNSAFE_CHARACTER.test(entry.name), 'unsafe character in name', entry);
		check(REASONS.includes(entry.reason), 'unknown reason', entry);
		check(Object.getPrototypeOf(entry) === Object.prototype, 'odd prototype', entry);
	}
}

function isOneOf(options: readonly string[], value: unknown): boolean {
	return typeof value === 'string' && options.includes(value);
}

/** Feeds one input to every parser and checks everything that must hold for any input. */
function checkAllParsers(search: string | URLSearchParams): void {
	const app = parseAppState(search);
	checkValidState(app.state);
	checkSafeRejections(app.rejected);
	const embed = parseEmbedOptions(search);
	checkValidOptions(embed.options);
	checkSafeRejections(embed.rejected);
	const both = parseEmbedUrl(search);
	checkValidState(both.state);
	checkValidOptions(both.options);
	checkSafeRejections(both.rejected);
}

let casesFed = 0;
const started = performance.now();

afterAll(() => {
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.info(`URL fuzz: ${casesFed} inputs, each fed to 3 parsers, in ${seconds} s`);
});

describe('fuzzing the URL parsers', () => {
	it(
		'handles random strings of any code units',
		() => {
			fc.assert(
				fc.property(randomTextArbitrary, (search) => {
					casesFed += 1;
					checkAllParsers(search);
				}),
				{ numRuns: RUNS }
			);
		},
		FUZZ_TIMEOUT_MS
	);

	it(
		'handles hostile queries: markup, huge numbers, NaN, RTL marks, NUL, 10 KB values, repeats, __proto__',
		() => {
			fc.assert(
				fc.property(hostileQueryArbitrary, (search) => {
					casesFed += 1;
					checkAllParsers(search);
				}),
				{ numRuns: RUNS }
			);
		},
		FUZZ_TIMEOUT_MS
	);

	it(
		'reports every unknown name, every repeat and the parameters past the limit',
		() => {
			const knownNames = new Set([...appParamNames, ...embedParamNames]);
			fc.assert(
				fc.property(hostilePairsArbitrary, (pairs) => {
					casesFed += 1;
					const search = new URLSearchParams(pairs);
					checkAllParsers(search);
					const { rejected } = parseEmbedUrl(search);
					const read = [...search].slice(0, MAX_PARAMS_INSPECTED);
					const unknownCount = read.filter(([name]) => !knownNames.has(name)).length;
					const reported = (reason: string) => rejected.filter((entry) => entry.reason === reason);
					check(
						reported('unknown').length === unknownCount,
						'unknown names not all reported',
						pairs
					);
					const known = read.filter(([name]) => knownNames.has(name)).map(([name]) => name);
					const repeated = new Set(known.filter((name, index) => known.indexOf(name) !== index));
					const duplicates = reported('duplicate').map((entry) => entry.name);
					check(
						isDeepStrictEqual(duplicates.sort(), [...repeated].sort()),
						'repeats not reported once each',
						pairs
					);
					const past = [...search].length - MAX_PARAMS_INSPECTED;
					const counts = reported('too-many').map((entry) => entry.count);
					check(isDeepStrictEqual(counts, past > 0 ? [past] : []), 'wrong too-many entry', pairs);
				}),
				{ numRuns: RUNS }
			);
		},
		FUZZ_TIMEOUT_MS
	);

	it('leaves Object.prototype and Array.prototype untouched, whatever the names (__proto__, constructor, …)', () => {
		const objectBefore = Object.getOwnPropertyNames(Object.prototype);
		const arrayBefore = Object.getOwnPropertyNames(Array.prototype);
		const names = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'push'];
		const queries = [
			...names.flatMap((name) => [`${name}=1`, `${name}[k2]=1`, `${name}.polluted=1`]),
			...fc.sample(hostileQueryArbitrary, { numRuns: Math.min(RUNS, 500), seed: 18 })
		];
		for (const search of queries) checkAllParsers(search);
		expect(Object.getOwnPropertyNames(Object.prototype)).toStrictEqual(objectBefore);
		expect(Object.getOwnPropertyNames(Array.prototype)).toStrictEqual(arrayBefore);
		expect(Object.getPrototypeOf({})).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});
