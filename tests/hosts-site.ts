// The built site served as if it had been built with PUBLIC_SITE_URL set to this server's origin: the build's own files, plus the oEmbed discovery link and /oembed.json that such a build writes (from the app's oembedDocument and its English messages), so the oEmbed consumer test runs without a second build.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { oembedDocument } from '../src/lib/embed/embed-snippet';

const buildDir = new URL('../build', import.meta.url).pathname;
const english = JSON.parse(
	readFileSync(new URL('../messages/en.json', import.meta.url), 'utf8')
) as Record<string, string>;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.webmanifest': 'application/manifest+json'
};

/** The file of the build a path names (`/embed` → embed.html, `/` → index.html), or undefined. */
function buildFile(pathname: string): string | undefined {
	const relative = normalize(decodeURIComponent(pathname)).replace(/^\/+/, '');
	const candidates = [relative, `${relative}.html`, join(relative, 'index.html')];
	return candidates
		.map((candidate) => join(buildDir, candidate))
		.find((path) => path.startsWith(buildDir) && existsSync(path) && statSync(path).isFile());
}

/** The discovery link OembedDiscovery.svelte writes when the build knows its address. */
export function discoveryLink(origin: string): string {
	return `<link rel="alternate" type="application/json+oembed" href="${origin}/oembed.json" title="${english.embed_oembed_link_title}">`;
}

/** Serves the build at `origin` as a build made with PUBLIC_SITE_URL=`origin` would be served. */
export async function startSiteServer(origin: string): Promise<Server> {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', origin);
		const headers = { 'access-control-allow-origin': '*' };
		if (url.pathname === '/oembed.json') {
			const document = oembedDocument(origin, english.embed_iframe_title, english.app_title);
			return response
				.writeHead(200, { ...headers, 'content-type': TYPES['.json'] })
				.end(JSON.stringify(document));
		}
		const file = buildFile(url.pathname);
		if (!file) return response.writeHead(404, headers).end();
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		let body: string | Buffer = readFileSync(file);
		if (extname(file) === '.html')
			body = body.toString('utf8').replace('</head>', `${discoveryLink(origin)}</head>`);
		response.writeHead(200, { ...headers, 'content-type': type }).end(body);
	});
	await new Promise<void>((resolve) =>
		server.listen(Number(new URL(origin).port), '127.0.0.1', resolve)
	);
	return server;
}
