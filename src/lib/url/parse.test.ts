// Unit tests of parseAppState: one test per rule, with names and ranges read from the parameter spec.
import { describe, expect, it } from 'vitest';
import { calciumSpec, d3Spec, defaultInputs, inputSpecs, k2Spec } from '$lib/model/parameters';
import { defaultAppState } from './app-state';
import { appParamNames } from './app-schema';
import { embedParamNames } from './embed-options';
import { parseAppState } from './parse';

describe('parseAppState', () => {
	it('gives the default state for an empty query', () => {
		for (const search of ['', '?', '&&', new URLSearchParams()]) {
			expect(parseAppState(search)).toStrictEqual({ state: defaultAppState(), rejected: [] });
		}
	});

	it('reads every field by its short name', () => {
		const { state, rejected } = parseAppState(
			'?k2=180&d3=800&ca=1200&life=postmenopausal&warfarin=1&sun=none&k2-form=mk4&diet-d=150&k1=90&mk4=20&mk7-food=350&view=evidence&speed=month&play=0&tour=3&lang=es&hide=readouts'
		);
		expect(rejected).toStrictEqual([]);
		expect(state).toStrictEqual({
			inputs: {
				k2McgPerDay: 180,
				d3IuPerDay: 800,
				calciumMgPerDay: 1200,
				lifeStage: 'postmenopausal',
				warfarin: true,
				sunExposure: 'none',
				k2Form: 'mk4',
				dietVitaminDIuPerDay: 150,
				k1McgPerDay: 90,
				mk4McgPerDay: 20,
				dietMk7McgPerDay: 350
			},
			view: 'evidence',
			speed: 'month',
			playing: false,
			tour: 3,
			lang: 'es',
			hide: { readouts: true }
		});
	});

	it('uses the spec short names for the inputs', () => {
		expect(inputSpecs.every((spec) => appParamNames.has(spec.shortName))).toBe(true);
		expect([...appParamNames].some((name) => embedParamNames.has(name))).toBe(false);
	});

	it('accepts the ends of each numeric range', () => {
		for (const spec of [k2Spec, d3Spec, calciumSpec]) {
			expect(parseAppState(`${spec.shortName}=${spec.min}`).state.inputs[spec.id]).toBe(spec.min);
			expect(parseAppState(`${spec.shortName}=${spec.max}`).state.inputs[spec.id]).toBe(spec.max);
		}
	});

	it('uses the default, not the nearest end, for out-of-range numbers, and reports them', () => {
		for (const spec of [k2Spec, d3Spec, calciumSpec]) {
			for (const value of [spec.min - spec.step, spec.max + spec.step, -1e9]) {
				const { state, rejected } = parseAppState(`${spec.shortName}=${value}`);
				expect(state.inputs[spec.id]).toBe(spec.default);
				expect(rejected).toStrictEqual([{ name: spec.shortName, reason: 'out-of-range' }]);
			}
		}
		expect(parseAppState('tour=21').rejected).toStrictEqual([
			{ name: 'tour', reason: 'out-of-range' }
		]);
	});

	it('uses the default for malformed values and reports them', () => {
		const cases = ['k2=abc', 'k2=', 'k2=NaN', 'k2=Infinity', 'k2=0x1F', 'k2=1e2', 'k2=%20100'];
		for (const query of cases) {
			expect(parseAppState(query)).toStrictEqual({
				state: defaultAppState(),
				rejected: [{ name: 'k2', reason: 'malformed' }]
			});
		}
		const words = [
			'life=Adult',
			'warfarin=true',
			'view=3d',
			'speed=decade',
			'play=yes',
			'tour=2.5',
			'lang=de',
			'hide=all'
		];
		for (const query of words) {
			const name = query.split('=')[0];
			expect(parseAppState(query).rejected).toStrictEqual([{ name, reason: 'malformed' }]);
		}
	});

	it('rounds in-range numbers to the precision of their step', () => {
		expect(parseAppState('k2=185.4&d3=1234.5').state.inputs).toStrictEqual({
			...defaultInputs(),
			k2McgPerDay: 185,
			d3IuPerDay: 1235
		});
	});

	it('ignores and reports unknown parameters, keeping the known ones', () => {
		const { state, rejected } = parseAppState('utm_source=news&k2=360&K2=1');
		expect(state.inputs.k2McgPerDay).toBe(360);
		expect(rejected).toStrictEqual([
			{ name: 'utm_source', reason: 'unknown' },
			{ name: 'K2', reason: 'unknown' }
		]);
	});

	it('does not report names another reader handles', () => {
		const { rejected } = parseAppState('theme=projector&x=1', { otherKnownNames: embedParamNames });
		expect(rejected).toStrictEqual([{ name: 'x', reason: 'unknown' }]);
	});

	it('keeps the first of repeated parameters', () => {
		const { state, rejected } = parseAppState('k2=100&k2=200&view=evidence&view=mechanism');
		expect(state.inputs.k2McgPerDay).toBe(100);
		expect(state.view).toBe('evidence');
		expect(rejected).toStrictEqual([
			{ name: 'k2', reason: 'duplicate' },
			{ name: 'view', reason: 'duplicate' }
		]);
	});

	it('rejects values over 64 characters as too long', () => {
		const { state, rejected } = parseAppState(`d3=${'0'.repeat(70)}100`);
		expect(state.inputs.d3IuPerDay).toBe(d3Spec.default);
		expect(rejected).toStrictEqual([{ name: 'd3', reason: 'too-long' }]);
	});

	it('reads at most 30 parameters and reports the rest once', () => {
		const unknown = Array.from({ length: 30 }, (_, index) => `u${index}=1`);
		const { state, rejected } = parseAppState([...unknown, 'k2=500', 'd3=900'].join('&'));
		expect(state).toStrictEqual(defaultAppState());
		expect(rejected).toHaveLength(31);
		expect(rejected.at(-1)).toStrictEqual({ name: 'k2', reason: 'too-many', count: 2 });
	});

	it('reports hostile names as cleaned plain text', () => {
		const { rejected } = parseAppState(
			`${encodeURIComponent('<script>\u0000alert(1)</script>\u202e')}=1&${'n'.repeat(100)}=1`
		);
		expect(rejected).toStrictEqual([
			{ name: '<script>alert(1)</script>', reason: 'unknown' },
			{ name: `${'n'.repeat(39)}…`, reason: 'unknown' }
		]);
	});

	it('never pollutes prototypes through __proto__ or constructor', () => {
		const { state } = parseAppState(
			'__proto__[k2]=1&__proto__=x&constructor[prototype][polluted]=1'
		);
		expect(state).toStrictEqual(defaultAppState());
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
	});

	it('stays quick and bounded on a 1 MB query', () => {
		const huge = Array.from({ length: 100_000 }, (_, index) => `u${index}=${index}`).join('&');
		const started = performance.now();
		const { state, rejected } = parseAppState(huge);
		// Generous for shared machines (~0.2 s alone); reading all 100 000 pairs through valibot would take far longer.
		expect(performance.now() - started).toBeLessThan(5000);
		expect(state).toStrictEqual(defaultAppState());
		expect(rejected).toHaveLength(31);
		expect(rejected.at(-1)).toStrictEqual({ name: 'u30', reason: 'too-many', count: 99_970 });
	});
});
