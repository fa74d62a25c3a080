// Build-time page hook: gives the fallback page (build/404.html, rendered without server-side content) a static <title>, which validators and browsers' history need before any script runs.
import type { Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		transformPageChunk: ({ html }) =>
			/<title>/i.test(html)
				? html
				: html.replace(
						'</head>',
						`<title>${m.harness_error_not_found_title({}, { locale: 'en' })} · ${m.app_title({}, { locale: 'en' })}</title></head>`
					)
	});
