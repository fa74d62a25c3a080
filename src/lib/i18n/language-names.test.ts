// The switcher's written-out language names are what Intl.DisplayNames gives for each locale in its own language.
import { describe, expect, it } from 'vitest';
import { locales } from '$lib/paraglide/runtime';
import { languageOwnNames } from './language-names';

describe('languageOwnNames', () => {
	it('names every locale in its own language, as Intl.DisplayNames does (capitalised)', () => {
		for (const locale of locales) {
			const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
			const capitalised = name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
			expect(languageOwnNames[locale], locale).toBe(capitalised);
		}
	});
});
