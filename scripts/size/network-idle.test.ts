// The first-visit measure: which responses are scripts, and each address counted once.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isScriptResponse, totalOfScripts } from './network-idle.js';

describe('network-idle size measure', () => {
	it('recognises scripts by resource type, content type or file name, and nothing else', () => {
		expect(isScriptResponse({ url: '/a', resourceType: 'script', contentType: '' })).toBe(true);
		expect(
			isScriptResponse({ url: '/a', resourceType: 'fetch', contentType: 'text/javascript' })
		).toBe(true);
		expect(isScriptResponse({ url: '/x/c.js?v=1', resourceType: 'other', contentType: '' })).toBe(
			true
		);
		expect(
			isScriptResponse({ url: '/a.css', resourceType: 'stylesheet', contentType: 'text/css' })
		).toBe(false);
		expect(
			isScriptResponse({
				url: '/oembed.json',
				resourceType: 'fetch',
				contentType: 'application/json'
			})
		).toBe(false);
	});

	it('counts each address once, gzipped at level 9, largest first', () => {
		const big = Buffer.from('let a = 1;'.repeat(500) + Math.random());
		const small = Buffer.from('export {}');
		const total = totalOfScripts([
			{ url: '/small.js', body: small },
			{ url: '/big.js', body: big },
			{ url: '/big.js', body: big }
		]);
		expect(total.files.map((file) => file.url)).toEqual(['/big.js', '/small.js']);
		expect(total.gzipBytes).toBe(
			gzipSync(big, { level: 9 }).length + gzipSync(small, { level: 9 }).length
		);
		expect(total.rawBytes).toBe(big.length + small.length);
	});
});
