// Tests that Pym.js's own parameters are dropped before the link is read, and nothing else is.
import { describe, expect, it } from 'vitest';
import { parseEmbedUrl } from '$lib/url/embed-options';
import { withoutPymParams } from './pym-params';

describe('withoutPymParams', () => {
	it('drops initialWidth, parentTitle and parentUrl and keeps childId and our own settings', () => {
		const search =
			'?k2=180&initialWidth=1236&childId=calcium&parentTitle=My%20post&parentUrl=https%3A%2F%2Fx.org%2Fa%3Fb%3D1';
		const cleaned = withoutPymParams(search);
		const { state, options, rejected } = parseEmbedUrl(cleaned);
		expect(rejected).toEqual([]);
		expect(options.childId).toBe('calcium');
		expect(state.inputs.k2McgPerDay).toBe(180);
	});

	it('leaves a link without them as it was, so unknown settings are still reported', () => {
		expect(withoutPymParams('?k2=180&bogus=1')).toBe('?k2=180&bogus=1');
		expect(parseEmbedUrl(withoutPymParams('?bogus=1&initialWidth=3')).rejected).toHaveLength(1);
	});
});
