// Reads a site address (PUBLIC_SITE_URL) strictly: an http(s) origin and path, or '' (no import.meta here, so Node tools and the browser tests can import it).

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
