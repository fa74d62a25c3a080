// The app's current language: one reactive value that wraps Paraglide's runtime and the <html lang> attribute.
import { baseLocale, isLocale, locales, setLocale, type Locale } from '$lib/paraglide/runtime';

export { locales, type Locale };

class LocaleState {
	current = $state<Locale>(baseLocale);

	/** Switches every message to `locale`; ignores anything that is not a supported locale. */
	set(locale: string): boolean {
		if (!isLocale(locale)) return false;
		setLocale(locale, { reload: false });
		this.current = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
		return true;
	}
}

export const appLocale = new LocaleState();
