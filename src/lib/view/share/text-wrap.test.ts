// Caption wrapping: no line is longer than the limit, and no word or character is lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from './text-wrap';

describe('wrapText', () => {
	it('breaks at spaces', () => {
		expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
	});

	it('cuts a word longer than a line (a long link) into pieces', () => {
		expect(wrapText('see https://example.org/?a=1', 10)).toEqual([
			'see',
			'https://ex',
			'ample.org/',
			'?a=1'
		]);
	});

	it('keeps every non-space character, in order, within the limit', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (text, limit) => {
				const lines = wrapText(text, limit);
				expect(lines.every((line) => line.length <= limit && line.length > 0)).toBe(true);
				expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
			})
		);
	});
});
