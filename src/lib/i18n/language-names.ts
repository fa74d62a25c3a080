// Each language's name in that language (its endonym), for the language switcher: written out, because building them with Intl.DisplayNames at start cost ~120 ms of main thread (ICU data for every locale) on a first visit.
import type { Locale } from '$lib/paraglide/runtime';

/** A language's own name, capitalised as it starts a list item (language-names.test.ts checks each against Intl.DisplayNames). */
export const languageOwnNames: Readonly<Record<Locale, string>> = {
	en: 'English',
	es: 'Español',
	fr: 'Français'
};
