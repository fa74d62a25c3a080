// Unit tests of the embed options: each parameter, rejection reporting, and the round trip of embed links.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultAppState } from './app-state';
import {
	embedFieldSchemas,
	embedParamNames,
	defaultEmbedOptions,
	embedUrl,
	parseEmbedOptions,
	parseEmbedUrl,
	serialiseEmbedOptions
} from './embed-options';
import { appStateArbitrary, embedOptionsArbitrary } from './testing-arbitraries';

describe('parseEmbedOptions', () => {
	it('gives the defaults for an empty query: every control and panel, nothing locked, paused', () => {
		expect(parseEmbedOptions('')).toStrictEqual({
			options: {
				controls: [
					'k2McgPerDay',
					'k2Form',
					'd3IuPerDay',
					'calciumMgPerDay',
					'lifeStage',
					'warfarin',
					'sunExposure',
					'dietVitaminDIuPerDay',
					'k1McgPerDay',
					'mk4McgPerDay',
					'dietMk7McgPerDay',
					'time'
				],
				panels: ['readouts', 'charts', 'closeup', 'evidence'],
				lock: [],
				theme: 'default',
				autoplay: false
			},
			rejected: []
		});
	});

	it('reads every parameter, mapping short names to input ids in spec order', () => {
		const { options, rejected } = parseEmbedOptions(
			'controls=time,d3,k2&panels=charts,readouts&lock=life,ca&theme=projector&autoplay=1&childId=calcium_1-a'
		);
		expect(rejected).toStrictEqual([]);
		expect(options).toStrictEqual({
			controls: ['k2McgPerDay', 'd3IuPerDay', 'time'],
			panels: ['readouts', 'charts'],
			lock: ['calciumMgPerDay', 'lifeStage'],
			theme: 'projector',
			autoplay: true,
			childId: 'calcium_1-a'
		});
	});

	it('reads none as an empty list', () => {
		const { options } = parseEmbedOptions('controls=none&panels=none');
		expect(options.controls).toStrictEqual([]);
		expect(options.panels).toStrictEqual([]);
	});

	it('rejects a whole list when one word is unknown, and keeps the default', () => {
		const { options, rejected } = parseEmbedOptions('controls=k2,slider&lock=&panels=3d');
		expect(options).toStrictEqual(defaultEmbedOptions());
		expect(rejected).toStrictEqual([
			{ name: 'controls', reason: 'malformed' },
			{ name: 'lock', reason: 'malformed' },
			{ name: 'panels', reason: 'malformed' }
		]);
	});

	it.each(['', 'a b', 'a.b', '<script>', 'x'.repeat(65), 'é'])(
		'rejects the child id %j',
		(childId) => {
			const { options, rejected } = parseEmbedOptions(`childId=${encodeURIComponent(childId)}`);
			expect(options.childId).toBeUndefined();
			expect(rejected).toHaveLength(1);
			expect(['malformed', 'too-long']).toContain(rejected[0].reason);
		}
	);

	it('rejects other themes and autoplay words', () => {
		expect(parseEmbedOptions('theme=dark&autoplay=true').rejected).toStrictEqual([
			{ name: 'theme', reason: 'malformed' },
			{ name: 'autoplay', reason: 'malformed' }
		]);
	});

	it('skips app-state names silently and reports unknown ones', () => {
		expect(parseEmbedOptions('k2=oops&theme=projector&zoom=2').rejected).toStrictEqual([
			{ name: 'zoom', reason: 'unknown' }
		]);
	});
});

describe('parseEmbedUrl', () => {
	it('reads the state and the options in one pass with one rejection list', () => {
		const { state, options, rejected } = parseEmbedUrl('k2=360&lock=k2&theme=dark&zoom=1');
		expect(state.inputs.k2McgPerDay).toBe(360);
		expect(options.lock).toStrictEqual(['k2McgPerDay']);
		expect(rejected).toStrictEqual([
			{ name: 'theme', reason: 'malformed' },
			{ name: 'zoom', reason: 'unknown' }
		]);
	});

	it('starts paused unless autoplay=1, whatever play says', () => {
		expect(parseEmbedUrl('play=1').state.playing).toBe(false);
		expect(parseEmbedUrl('autoplay=1&play=0').state.playing).toBe(true);
	});
});

describe('embed links', () => {
	it('writes nothing for the defaults', () => {
		expect(serialiseEmbedOptions(defaultEmbedOptions())).toBe('');
		expect(embedUrl('/embed', defaultAppState(), defaultEmbedOptions())).toBe('/embed');
	});

	it('writes short, readable links', () => {
		const options = {
			...defaultEmbedOptions(),
			controls: ['k2McgPerDay' as const, 'time' as const],
			lock: ['warfarin' as const],
			autoplay: true
		};
		const state = { ...defaultAppState(), view: 'evidence' as const };
		expect(embedUrl('https://example.org/embed', state, options)).toBe(
			'https://example.org/embed?view=evidence&controls=k2,time&lock=warfarin&autoplay=1'
		);
	});

	it('parse(embedUrl(s, o)) gives back s and o (playing follows autoplay)', () => {
		fc.assert(
			fc.property(appStateArbitrary, embedOptionsArbitrary, (state, options) => {
				const url = new URL(embedUrl('https://example.org/embed', state, options));
				const parsed = parseEmbedUrl(url.searchParams);
				expect(parsed.rejected).toStrictEqual([]);
				expect(parsed.options).toStrictEqual(options);
				expect(parsed.state).toStrictEqual({ ...state, playing: options.autoplay });
				expect(parseEmbedOptions(url.search).options).toStrictEqual(options);
			}),
			{ numRuns: 500 }
		);
		// Bounded: ~2 s alone, several times that on a loaded machine or under mutation testing.
	}, 30_000);

	it('names every embed parameter it parses, and only those', () => {
		expect([...embedParamNames].sort()).toStrictEqual([...embedFieldSchemas.keys()].sort());
	});
});
