// The explorer reads a link only when its address has a query: for one without, the state it uses instead is exactly what the readers would give.
import { describe, expect, it } from 'vitest';
import { emptyLink } from './app-state';
import { readLink } from './read-link';

describe('reading the explorer link', () => {
	it('gives for an address without a query what the explorer uses without loading the readers', () => {
		expect(readLink('')).toEqual(emptyLink());
		expect(readLink('?')).toEqual(emptyLink());
	});

	it('reads the app state, the lesson and the rejected parameters together', () => {
		const { state, lesson, rejected } = readLink('?k2=360&preset=natto_eater&plate=natto:1&bad=1');
		expect(state.inputs.k2McgPerDay).toBe(360);
		expect(lesson).toEqual({ preset: 'natto_eater', plate: { natto: 1 } });
		expect(rejected).toContainEqual({ name: 'bad', reason: 'unknown' });
	});
});
