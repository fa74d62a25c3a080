// Host pages on a second local origin that embed the site with other people's code: the published pym.js, WordPress's own embed script (unchanged), and pages written from an oEmbed consumer's result.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * The Fetch standard's "bad ports" (https://fetch.spec.whatwg.org/#bad-port) that fall near our test ports: Node's fetch,
 * used by the oEmbed consumer libraries, refuses them ("bad port"), e.g. 4190 (ManageSieve) = 4180 + 6 + 4.
 */
const FETCH_BAD_PORTS = new Set([
	4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697
]);

/** Each host test file has its own port (so files can run in parallel workers): from E2E_PORT + 6 + `offset`, skipping fetch's bad ports. */
export function hostsOrigin(offset: number): string {
	let port = Number(process.env.E2E_PORT ?? 4180) + 6;
	for (let taken = 0; ; port += 1) {
		if (FETCH_BAD_PORTS.has(port)) continue;
		if (taken === offset) break;
		taken += 1;
	}
	return `http://127.0.0.1:${port}`;
}

const projectDir = new URL('..', import.meta.url).pathname;
const PYM_PATH = join(projectDir, 'node_modules/pym.js/dist/pym.v1.js');
/** WordPress's embed host script: not committed (GPL), see tests/fixtures/vendor/README.md. */
export const WORDPRESS_EMBED_PATH =
	process.env.WP_EMBED_JS ?? join(projectDir, 'tests/fixtures/vendor/wordpress-embed.js.txt');
/** SHA-256 of the unmodified script: as Debian 12 ships it (wordpress 6.1.9, what CI fetches), and upstream at WordPress/wordpress-develop 1ad99986b980c700c9ee9c6302078514e6830175. */
const WORDPRESS_EMBED_SHA256 = new Set([
	'c1d59ba60f48cf1c9782fdc2f2ee4658adc83ed20a13af1f957e835c461a9615',
	'8d13c6b5f71a528cf991adc9b7ec13c6e705cf8e89f63b771a92e5c19feee5e6'
]);

/** Why the WordPress script cannot be used (missing or edited), or undefined when it can. */
export function wordpressEmbedProblem(): string | undefined {
	if (!existsSync(WORDPRESS_EMBED_PATH))
		return `WordPress's embed.js is not at ${WORDPRESS_EMBED_PATH}: run scripts/fetch-wordpress-embed.sh (tests/fixtures/vendor/README.md)`;
	const sha = createHash('sha256').update(readFileSync(WORDPRESS_EMBED_PATH)).digest('hex');
	return WORDPRESS_EMBED_SHA256.has(sha)
		? undefined
		: `${WORDPRESS_EMBED_PATH} is not an unmodified wp-embed.js (Debian 12's or the pinned upstream one)`;
}

const escapeHtml = (value: string) =>
	value.replace(/[&"'<>]/g, (character) => `&#${character.charCodeAt(0)};`);

const page = (title: string, body: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{margin:0;font-family:sans-serif}article{margin:0 auto;max-width:100%;padding:0 8px}</style></head><body><article><h1>${title}</h1>${body}<p>After the embed.</p></article></body></html>`;

/** A page that embeds `src` the Pym.js way: `new pym.Parent(...)` from the published package. */
function pymHost(src: string): string {
	return page(
		'Pym.js host',
		`<div id="calcium"></div><script src="/pym.js"></script>
<script>window.pymParent = new pym.Parent('calcium', ${JSON.stringify(src)}, { title: 'Calcium Routes' });</script>`
	);
}

/**
 * A page as WordPress writes an embed from an untrusted oEmbed provider (wp_filter_oembed_result: only src,
 * width, height, title kept; sandbox, security, class and the secret added), then its own embed script.
 */
function wordpressHost(src: string, secret: string): string {
	const iframe = `<iframe sandbox="allow-scripts" security="restricted" src="${escapeHtml(`${src}#?secret=${secret}`)}" data-secret="${secret}" width="800" height="600" title="Calcium Routes" class="wp-embedded-content" frameborder="0" marginwidth="0" marginheight="0" scrolling="no"></iframe>`;
	return page(
		'WordPress host',
		`<style>.wp-embedded-content{max-width:100%}</style>${iframe}<script src="/wp-includes/js/wp-embed.js"></script>`
	);
}

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml'
};

/** Pages written by a test (an oEmbed consumer's html, for instance), served at /page/<name>. */
const storedPages = new Map<string, string>();

/** Stores a page; it is served at `/page/<name>` by every host server. */
export function storePage(name: string, title: string, body: string): string {
	storedPages.set(name, page(title, body));
	return `/page/${name}`;
}

/**
 * Starts the host origin. Routes: /pym?src=, /wordpress?src=&secret=, /page/<name>, the two scripts, and
 * /nocors/<path>: the site's build served with no Access-Control-Allow-Origin header.
 */
export async function startHostsServer(origin: string): Promise<Server> {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', origin);
		const send = (type: string, body: string | Buffer) =>
			response.writeHead(200, { 'content-type': type }).end(body);
		const src = url.searchParams.get('src') ?? 'about:blank';
		if (url.pathname === '/pym.js') return send(TYPES['.js'], readFileSync(PYM_PATH));
		if (url.pathname === '/wp-includes/js/wp-embed.js')
			return send(TYPES['.js'], readFileSync(WORDPRESS_EMBED_PATH));
		if (url.pathname === '/pym') return send(TYPES['.html'], pymHost(src));
		if (url.pathname === '/wordpress')
			return send(
				TYPES['.html'],
				wordpressHost(src, url.searchParams.get('secret') ?? 'k3Xq9sPzT1')
			);
		if (url.pathname.startsWith('/page/') && storedPages.has(url.pathname.slice(6)))
			return send(TYPES['.html'], storedPages.get(url.pathname.slice(6)) as string);
		if (url.pathname.startsWith('/nocors/')) {
			const relative = normalize(decodeURIComponent(url.pathname.slice('/nocors/'.length)));
			const candidates = [relative, `${relative}.html`, join(relative, 'index.html')];
			const found = candidates
				.map((candidate) => join(projectDir, 'build', candidate))
				.find(
					(path) =>
						path.startsWith(join(projectDir, 'build')) &&
						existsSync(path) &&
						!path.endsWith('/build')
				);
			if (found && !found.endsWith('/')) {
				try {
					return send(TYPES[extname(found)] ?? 'application/octet-stream', readFileSync(found));
				} catch {
					// a directory: fall through to 404
				}
			}
		}
		response.writeHead(404).end();
	});
	await new Promise<void>((resolve) =>
		server.listen(Number(new URL(origin).port), '127.0.0.1', resolve)
	);
	return server;
}

export function stopServer(server: Server): Promise<void> {
	return new Promise((resolve) => server.close(() => resolve()));
}

/** The height (px) of the host page's only iframe, as laid out. */
export function frameHeight(host: Page): Promise<number> {
	return host
		.locator('iframe')
		.evaluate((frame) => Math.round(frame.getBoundingClientRect().height));
}
