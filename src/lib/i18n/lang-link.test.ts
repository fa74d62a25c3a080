// Links keep the language: lang= is added, replaced or dropped, query and hash survive, and localHref resolves the route itself.
import { afterEach, describe, expect, it } from 'vitest';
import { localHref, withLanguage } from './lang-link.svelte';
import { appLocale } from './locale.svelte';

describe('withLanguage', () => {
	it('adds, replaces and drops lang, keeping the query and the hash', () => {
		expect(withLanguage('/teach', 'es')).toBe('/teach?lang=es');
		expect(withLanguage('/about#warfarin', 'fr')).toBe('/about?lang=fr#warfarin');
		expect(withLanguage('/?k2=180&lang=es', 'fr')).toBe('/?k2=180&lang=fr');
		expect(withLanguage('/?predict=bone,artery&lang=es#x', 'en')).toBe('/?predict=bone,artery#x');
		expect(withLanguage('/', 'en')).toBe('/');
	});
});

describe('localHref', () => {
	afterEach(() => {
		appLocale.set('en');
	});

	it('resolves a route with its params and adds the current language', () => {
		appLocale.set('es');
		expect(localHref('/teach/worksheet/[id]', { id: 'sun' })).toBe('/teach/worksheet/sun?lang=es');
		expect(localHref('/about#disclaimer')).toBe('/about?lang=es#disclaimer');
		expect(localHref('/?k2=180')).toBe('/?k2=180&lang=es');
	});

	it('leaves links in the base language without lang=', () => {
		appLocale.set('en');
		expect(localHref('/teach')).toBe('/teach');
		expect(localHref('/')).toBe('/');
	});
});
