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
		expect(rejected).toEqual([{ name: 'bad', reason: 'unknown' }]);
	});

	it('reports a parameter neither reader knows once, however many there are', () => {
		const { rejected } = readLink('?bad=1&worse=2&k2=lots');
		expect(rejected).toHaveLength(3);
		expect(rejected).toEqual(
			expect.arrayContaining([
				{ name: 'bad', reason: 'unknown' },
				{ name: 'worse', reason: 'unknown' },
				{ name: 'k2', reason: 'malformed' }
			])
		);
	});
});
