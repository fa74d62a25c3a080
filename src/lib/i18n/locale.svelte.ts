// The app's current language: one reactive value that Paraglide's messages read, so every string re-renders in place when it changes.
import {
	baseLocale,
	isLocale,
	locales,
	overwriteGetLocale,
	type Locale
} from '$lib/paraglide/runtime';

export { locales, type Locale };

class LocaleState {
	current = $state<Locale>(baseLocale);

	/** Switches every message to `locale`; ignores anything that is not a supported locale. */
	set(locale: string): boolean {
		if (!isLocale(locale)) return false;
		this.current = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
		return true;
	}
}

export const appLocale = new LocaleState();

// Messages call getLocale() when rendered: reading reactive state there makes each string a dependency,
// so a language change updates the text without re-mounting anything (the simulation keeps running).
overwriteGetLocale(() => appLocale.current);
