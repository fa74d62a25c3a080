// The oEmbed document (/oembed.json), written at build time with absolute addresses from PUBLIC_SITE_URL; without it the build leaves oEmbed out (and says so) rather than ship a document whose iframe would be relative.
import { error, json } from '@sveltejs/kit';
import { oembedDocument } from '$lib/embed/embed-snippet';
import { siteUrl } from '$lib/embed/site-url';
import { m } from '$lib/paraglide/messages';

/** Only prerendered (written to build/oembed.json) when the site's address is known. */
export const prerender = siteUrl !== '';

if (siteUrl === '' && !import.meta.env.DEV)
	console.warn(
		'\noEmbed left out: PUBLIC_SITE_URL is not set, so there is no /oembed.json and no discovery link (README, "Hosting and embedding").\n'
	);

export function GET(): Response {
	const document = oembedDocument(
		siteUrl,
		m.embed_iframe_title({}, { locale: 'en' }),
		m.app_title({}, { locale: 'en' })
	);
	if (!document) error(404, 'oEmbed needs PUBLIC_SITE_URL at build time');
	return json(document);
}
