// Build-time page hook: gives the fallback page (build/404.html, rendered without server-side content) a static <title>, and leaves script preloads out of every page's <head>.
import type { Handle, ResolveOptions } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

/**
 * No `<link rel="modulepreload">` for scripts: the page's boot script still imports them while the page is parsed.
 * With two dozen preloads in the head, the first layout (~25 ms alone at full speed) took 140–180 ms on the test
 * machine, because Chromium's font look-ups wait on a browser process busy with the preloads; Lighthouse's first
 * paint went from ~1.6 s to ~0.9 s without them. See doc/implementation-notes.md, "First visit: what runs at start".
 */
const preload: ResolveOptions['preload'] = ({ type }) => type !== 'js';

export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload,
		transformPageChunk: ({ html }) =>
			/<title>/i.test(html)
				? html
				: html.replace(
						'</head>',
						`<title>${m.harness_error_not_found_title({}, { locale: 'en' })} · ${m.app_title({}, { locale: 'en' })}</title></head>`
					)
	});
