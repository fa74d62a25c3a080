// Unit tests of serialiseAppState and the links built from it, and the parse/serialise round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '$lib/model/parameters';
import { defaultAppState, type AppUrlState } from './app-state';
import { parseAppState } from './parse';
import { appStateUrl, serialiseAppState, withQuery } from './serialise';
import { appStateArbitrary } from './testing-arbitraries';

function stateWith(changes: Partial<AppUrlState>): AppUrlState {
	return { ...defaultAppState(), ...changes };
}

describe('serialiseAppState', () => {
	it('writes nothing for the default state', () => {
		expect(serialiseAppState(defaultAppState())).toBe('');
	});

	it('writes a tour step only when it is a whole step from 1 to the limit', () => {
		const withTour = (tour: number | undefined) =>
			serialiseAppState({ ...defaultAppState(), tour });
		expect(withTour(1)).toBe('tour=1');
		expect(withTour(20)).toBe('tour=20');
		for (const bad of [undefined, 0, 21, 2.5]) expect(withTour(bad)).toBe('');
	});

	it('writes only what differs from the defaults, in a stable order', () => {
		const state = stateWith({
			inputs: { ...defaultInputs(), k2McgPerDay: 180, lifeStage: 'postmenopausal', warfarin: true },
			view: 'evidence',
			playing: true,
			tour: 4,
			lang: 'es',
			hide: { readouts: true }
		});
		expect(serialiseAppState(state)).toBe(
			'k2=180&life=postmenopausal&warfarin=1&view=evidence&play=1&tour=4&lang=es&hide=readouts'
		);
	});

	it('brings inputs into range and to their step precision, and drops an invalid tour step', () => {
		const state = stateWith({
			inputs: {
				...defaultInputs(),
				k2McgPerDay: 5000,
				d3IuPerDay: 812.6,
				calciumMgPerDay: Number.NaN
			},
			tour: 0
		});
		expect(serialiseAppState(state)).toBe('k2=1000&d3=813');
	});

	it('builds links on a path or an absolute URL, replacing any query or fragment', () => {
		const state = stateWith({ view: 'evidence' });
		expect(appStateUrl('https://example.org/calcium/', state)).toBe(
			'https://example.org/calcium/?view=evidence'
		);
		expect(appStateUrl('/embed?old=1#top', state)).toBe('/embed?view=evidence');
		expect(appStateUrl('/', defaultAppState())).toBe('/');
		expect(withQuery('/a#b', '')).toBe('/a');
	});
});

describe('round trip', () => {
	it('parse(serialise(s)) deep-equals s for any valid state', () => {
		fc.assert(
			fc.property(appStateArbitrary, (state) => {
				const query = serialiseAppState(state);
				const parsed = parseAppState(query);
				expect(parsed.rejected).toStrictEqual([]);
				expect(parsed.state).toStrictEqual(state);
			}),
			{ numRuns: 2000 }
		);
		// Bounded: ~2 s alone, several times that on a loaded machine.
	}, 30_000);

	it('survives the trip through a real URL', () => {
		fc.assert(
			fc.property(appStateArbitrary, (state) => {
				const url = new URL(appStateUrl('https://example.org/', state));
				expect(parseAppState(url.search).state).toStrictEqual(state);
				expect(parseAppState(url.searchParams).state).toStrictEqual(state);
			}),
			{ numRuns: 500 }
		);
	}, 30_000);
});
