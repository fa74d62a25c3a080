// The oEmbed document (/oembed.json), written once at build time: a "rich" embed of the default /embed, with the site's address if PUBLIC_SITE_URL was set.
import { json } from '@sveltejs/kit';
import { oembedDocument } from '$lib/embed/embed-snippet';
import { siteUrl } from '$lib/embed/site-url';
import { m } from '$lib/paraglide/messages';

export const prerender = true;

export function GET(): Response {
	return json(
		oembedDocument(
			siteUrl,
			m.embed_iframe_title({}, { locale: 'en' }),
			m.app_title({}, { locale: 'en' })
		)
	);
}
