// The site's public address, if the build was given one (PUBLIC_SITE_URL, see README "Hosting and embedding"); '' means unknown, so addresses stay root-relative.

/** An http(s) site address without a trailing slash, or '' when `raw` is missing or not one. */
export function normaliseSiteUrl(raw: unknown): string {
	if (typeof raw !== 'string' || raw.trim() === '') return '';
	try {
		const url = new URL(raw.trim());
		if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
		if (url.search || url.hash || url.username || url.password) return '';
		return url.href.replace(/\/+$/, '');
	} catch {
		return '';
	}
}

/** Replaced at build time by vite.config.ts (`define`), from the PUBLIC_SITE_URL environment variable. */
export const siteUrl: string = normaliseSiteUrl(import.meta.env.PUBLIC_SITE_URL);
