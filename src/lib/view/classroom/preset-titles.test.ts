// Every model scenario has a distinct title and a "what to look for" note in every language.
import { describe, expect, it } from 'vitest';
import { scenarios } from '$lib/model';
import { locales, setLocale } from '$lib/paraglide/runtime';
import { presetLook } from './preset-text';
import { presetTitle } from './preset-titles';

describe('preset texts', () => {
	it('has a distinct title and a note for each preset in each language', () => {
		for (const locale of locales) {
			setLocale(locale, { reload: false });
			const titles = scenarios.map((scenario) => presetTitle[scenario.id]());
			expect(new Set(titles).size).toBe(scenarios.length);
			for (const { id } of scenarios) expect(presetLook[id]().length).toBeGreaterThan(80);
		}
		setLocale('en', { reload: false });
	});
});
