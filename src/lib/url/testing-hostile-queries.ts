// fast-check generators of random and hostile query strings for the URL parsers' fuzz tests.
import fc from 'fast-check';
import { inputSpecs, type InputSpec } from '$lib/model/parameters';
import { locales } from '$lib/paraglide/runtime';
import { appParamNames } from './app-schema';
import { SPEEDS, TOUR_STEP_LIMIT, VIEWS } from './app-state';
import { embedParamNames } from './embed-options';

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Random text: any code units, and the characters that matter in queries. */
export const randomTextArbitrary: fc.Arbitrary<string> = fc.string({
	unit: fc.oneof(
		anyCodeUnit,
		fc.constantFrom('&', '=', '%', '+', '?', '#', ',', '.', '-', '1', 'e')
	),
	maxLength: 120
});

const hostileNames = [
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'__defineGetter__',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'k2\u0000',
	'\u202ek2',
	'K2',
	'k2 ',
	'',
	'x'.repeat(300)
];

const hostileValues = [
	'',
	' ',
	'NaN',
	'Infinity',
	'-Infinity',
	'0x10',
	'1e3',
	'1e308',
	'1e-400',
	'9'.repeat(400),
	'-' + '9'.repeat(60),
	'-1',
	'-0',
	'0.0000000001',
	'1,000',
	'1_000',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'"><img src=x onerror=alert(1)>',
	'\u0000',
	'\u200f1000\u200e',
	'١٠٠٠',
	'\ud800',
	'x'.repeat(10_240),
	'none',
	'k2,k2,time',
	'readouts,,charts',
	'__proto__',
	'constructor'
];

/** Valid-looking values for every parameter, so that hostile queries also reach the accepting paths. */
const plausibleValues = [
	'0',
	'1',
	'180',
	'1000',
	'2600',
	'10000',
	'10001',
	'adult',
	'postmenopausal',
	'evidence',
	'mechanism',
	'month',
	'day',
	'20',
	'21',
	...locales,
	'readouts',
	'projector',
	'k2,d3,time',
	'charts,closeup',
	'pym-child_1'
];

/** The URL values of one input worth trying: its ends, default and middle, every option, or both switch positions. */
function validValuesOf(spec: InputSpec): string[] {
	if (spec.kind === 'number')
		return [spec.min, spec.default, spec.max, (spec.min + spec.max) / 2].map(String);
	if (spec.kind === 'choice') return [...spec.options];
	return ['1', '0'];
}

const knownNames = [...appParamNames, ...embedParamNames];

/** One valid (name, value) pair for each way a parameter can be set, read from the spec and vocabularies. */
const validPairs: [string, string][] = [
	...inputSpecs.flatMap((spec) =>
		validValuesOf(spec).map((value): [string, string] => [spec.shortName, value])
	),
	...VIEWS.map((view): [string, string] => ['view', view]),
	...SPEEDS.map((speed): [string, string] => ['speed', speed]),
	['play', '0'],
	['tour', '1'],
	['tour', String(TOUR_STEP_LIMIT)],
	...locales.map((locale): [string, string] => ['lang', locale]),
	['hide', 'readouts'],
	['controls', 'k2,time'],
	['controls', 'none'],
	['panels', 'charts,closeup'],
	['lock', 'ca,life'],
	['theme', 'projector'],
	['autoplay', '1'],
	['childId', 'pym-child_1']
];

const nameArbitrary = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...knownNames) },
	{ weight: 2, arbitrary: fc.constantFrom(...hostileNames) },
	{ weight: 1, arbitrary: randomTextArbitrary }
);

const valueArbitrary = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...plausibleValues) },
	{ weight: 3, arbitrary: fc.constantFrom(...hostileValues) },
	{ weight: 1, arbitrary: fc.double().map(String) },
	{ weight: 1, arbitrary: fc.integer().map(String) },
	{ weight: 2, arbitrary: randomTextArbitrary }
);

const pairArbitrary: fc.Arbitrary<[string, string]> = fc.oneof(
	{ weight: 2, arbitrary: fc.constantFrom(...validPairs) },
	{ weight: 3, arbitrary: fc.tuple(nameArbitrary, valueArbitrary) }
);

/** A text written into a query raw (6 in 10), percent-encoded (2 in 10) or with a broken escape appended. */
function writtenAs(text: string, how: number): string {
	if (how <= 1) return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
	if (how === 2) return `${text}%`;
	if (how === 3) return `${text}%E0%A4%A`;
	return text;
}

/** (name, value) pairs: valid, known and hostile names and values, repeats; short lists and lists past the limit. */
export const hostilePairsArbitrary: fc.Arbitrary<[string, string][]> = fc.oneof(
	{ weight: 3, arbitrary: fc.array(pairArbitrary, { maxLength: 12 }) },
	{ weight: 1, arbitrary: fc.array(pairArbitrary, { minLength: 25, maxLength: 45 }) }
);

/** A query string built from hostile pairs with random encodings and an optional leading `?`. */
export const hostileQueryArbitrary: fc.Arbitrary<string> = fc
	.tuple(
		hostilePairsArbitrary,
		fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 90, maxLength: 90 }),
		fc.boolean()
	)
	.map(([pairs, encodings, questionMark]) => {
		const written = pairs.map(
			([name, value], index) =>
				`${writtenAs(name, encodings[2 * index])}=${writtenAs(value, encodings[2 * index + 1])}`
		);
		return (questionMark ? '?' : '') + written.join('&');
	});
