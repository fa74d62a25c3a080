// The language in every link: adds `lang=` to internal links when the page is not in the base language, reads it on arrival, and keeps it in the address bar of text pages.
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import type {
	PathnameWithSearchOrHash,
	ResolvedPathname,
	RouteIdWithSearchOrHash
} from '$app/types';
import { baseLocale } from '$lib/paraglide/runtime';
import { appLocale } from './locale.svelte';

/**
 * A link to a page of this site in the current language: takes what SvelteKit's `resolve()` takes (a route id
 * or path, maybe with `?query` and `#hash`, and the route's params), resolves it, and adds `lang=` unless the
 * language is the base one. Its type is `ResolvedPathname`, so `<a href={localHref('/about')}>` satisfies the
 * lint rule svelte/no-navigation-without-resolve without a disable comment.
 */
export function localHref<T extends RouteIdWithSearchOrHash | PathnameWithSearchOrHash>(
	...args: Parameters<typeof resolve<T>>
): ResolvedPathname {
	return withLanguage(resolve<T>(...args), appLocale.current) as ResolvedPathname;
}

/** `href` (a resolved path, maybe with `?query` and `#hash`) with `locale` added as `lang=`, or `lang=` dropped for the base language. */
export function withLanguage(href: string, locale: string): string {
	const hashAt = href.indexOf('#');
	const hash = hashAt === -1 ? '' : href.slice(hashAt);
	const withoutHash = hashAt === -1 ? href : href.slice(0, hashAt);
	const queryAt = withoutHash.indexOf('?');
	const path = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
	// A local copy to edit, not reactive state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const params = new URLSearchParams(queryAt === -1 ? '' : withoutHash.slice(queryAt + 1));
	params.delete('lang');
	if (locale !== baseLocale) params.set('lang', locale);
	const query = params.toString().replace(/%2C/g, ',');
	return `${path}${query ? `?${query}` : ''}${hash}`;
}

/** Sets the language from `?lang=` of the page's address (every page; a bad value is ignored). */
export function languageFromAddress(search: string): void {
	// Read once, not reactive state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	const lang = new URLSearchParams(search).get('lang');
	if (lang) appLocale.set(lang);
}

/** On a text page: the address bar follows the language switcher, so a copied link opens in the same language. */
export function keepLanguageInAddress(): void {
	let arrived = false;
	$effect(() => {
		// First run (during hydration, before the layout's effect and the router): take the language from the address.
		void appLocale.current; // re-run on every language change
		if (!arrived) {
			arrived = true;
			languageFromAddress(location.search);
			return;
		}
		const href = withLanguage(
			`${location.pathname}${location.search}${location.hash}`,
			appLocale.current
		);
		if (href === `${location.pathname}${location.search}${location.hash}`) return;
		try {
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- this page's own address, with lang= changed
			replaceState(href, {});
		} catch {
			// the router is not ready yet: the next language change writes the address
		}
	});
}
