// Tests for the embed snippet and the oEmbed document: exact attributes, escaping of hostile values, site URL checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, iframeSnippet, normaliseSiteUrl, oembedDocument } from './embed-snippet';

/** Reads the attributes of a one-element snippet back, undoing the five escapes. */
function attributesOf(snippet: string): Map<string, string> {
	const match = /^<iframe ((?:[a-z]+="[^"]*" ?)+)><\/iframe>$/.exec(snippet);
	if (!match) throw new Error(`not a single iframe element: ${snippet}`);
	const unescape = (value: string) =>
		value
			.replaceAll('&quot;', '"')
			.replaceAll('&#39;', "'")
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&amp;', '&');
	return new Map(
		[...match[1].matchAll(/([a-z]+)="([^"]*)"/g)].map(([, name, value]) => [name, unescape(value)])
	);
}

describe('iframeSnippet', () => {
	it('writes a full-width 600 px iframe with title, fullscreen and lazy loading, sized by attributes too', () => {
		const snippet = iframeSnippet({
			src: 'https://x.org/embed?k2=180&d3=800',
			title: 'Calcium Routes',
			size: 'wide'
		});
		expect(snippet).toBe(
			'<iframe src="https://x.org/embed?k2=180&amp;d3=800" title="Calcium Routes" width="800" height="600" style="width:100%;height:600px;border:0" allow="fullscreen" loading="lazy"></iframe>'
		);
	});

	it('writes width and height for the fixed size', () => {
		const attributes = attributesOf(
			iframeSnippet({ src: 'https://x.org/embed', title: 't', size: 'fixed' })
		);
		expect(attributes.get('width')).toBe('800');
		expect(attributes.get('height')).toBe('600');
		expect(attributes.get('style')).toBe('max-width:100%;border:0');
	});

	it('escapes hostile values so they stay inside their attribute', () => {
		const src = `https://x.org/embed?a="><script>alert(1)</script>&b='x'`;
		const title = `"><img src=x onerror=alert(1)> & 'quoted'`;
		const snippet = iframeSnippet({ src, title, size: 'wide' });
		expect(snippet).not.toMatch(/<script|<img/);
		expect(snippet.match(/</g)).toHaveLength(2);
		const attributes = attributesOf(snippet);
		expect(attributes.get('src')).toBe(src);
		expect(attributes.get('title')).toBe(title);
	});

	it('round-trips any src and title', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (src, title) => {
				const attributes = attributesOf(iframeSnippet({ src, title, size: 'wide' }));
				return attributes.get('src') === src && attributes.get('title') === title;
			}),
			{ numRuns: 100 }
		);
	}, 30_000);

	it('escapeAttribute leaves no character that could end the value or start markup', () => {
		fc.assert(fc.property(fc.string(), (value) => !/["'<>]/.test(escapeAttribute(value))));
	});
});

describe('normaliseSiteUrl', () => {
	it('accepts http(s) addresses and drops the trailing slash', () => {
		expect(normaliseSiteUrl('https://calcium.example.org/')).toBe('https://calcium.example.org');
		expect(normaliseSiteUrl(' https://school.example/sims/calcium/ ')).toBe(
			'https://school.example/sims/calcium'
		);
	});

	it('returns an empty string for anything else', () => {
		for (const raw of [
			undefined,
			'',
			'   ',
			'calcium.example.org',
			'javascript:alert(1)',
			'ftp://x.org',
			'https://x.org/?a=1',
			'https://x.org/#a',
			'https://u:p@x.org',
			42
		]) {
			expect(normaliseSiteUrl(raw), String(raw)).toBe('');
		}
	});
});

describe('oembedDocument', () => {
	it('is a rich oEmbed 1.0 document whose html embeds the default embed at an absolute address', () => {
		const document = oembedDocument(
			'https://school.example/sims/calcium',
			'Calcium Routes',
			'Calcium Routes'
		);
		expect(document).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_url: 'https://school.example/sims/calcium/',
			width: 800,
			height: 600
		});
		const attributes = attributesOf(document!.html);
		expect(attributes.get('src')).toBe('https://school.example/sims/calcium/embed');
		expect(attributes.get('width')).toBe('800');
		expect(attributes.get('height')).toBe('600');
	});

	it('is not written at all when the site address is unknown (never a relative iframe)', () => {
		expect(oembedDocument('', 'Calcium Routes', 'Calcium Routes')).toBeUndefined();
	});
});
