// Links keep the language: lang= is added, replaced or dropped, and query and hash survive.
import { describe, expect, it } from 'vitest';
import { localHref } from './lang-link.svelte';

describe('localHref', () => {
	it('adds, replaces and drops lang, keeping the query and the hash', () => {
		expect(localHref('/teach', 'es')).toBe('/teach?lang=es');
		expect(localHref('/about#warfarin', 'fr')).toBe('/about?lang=fr#warfarin');
		expect(localHref('/?k2=180&lang=es', 'fr')).toBe('/?k2=180&lang=fr');
		expect(localHref('/?predict=bone,artery&lang=es#x', 'en')).toBe('/?predict=bone,artery#x');
		expect(localHref('/', 'en')).toBe('/');
	});
});
