// A parent page on a second local origin (127.0.0.1:4194 by default) that embeds the site in an iframe and records every message the frame posts.
import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';

export const PARENT_PORT = Number(
	process.env.E2E_PARENT_PORT ?? Number(process.env.E2E_PORT ?? 4180) + 1
);
export const PARENT_ORIGIN = `http://127.0.0.1:${PARENT_PORT}`;

const escapeAttribute = (value: string) =>
	value.replace(/[&"'<>]/g, (character) => `&#${character.charCodeAt(0)};`);

/** The parent's HTML: one iframe (sandboxed as WordPress does, unless `sandbox` is null) and a listener keeping the frame's messages. */
function parentHtml(src: string, sandbox: string | null, width: number, height: number): string {
	const sandboxAttribute = sandbox === null ? '' : ` sandbox="${escapeAttribute(sandbox)}"`;
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Parent page</title></head><body style="margin:0">
<iframe id="embed" title="Embedded simulation"${sandboxAttribute} src="${escapeAttribute(src)}" style="border:0;width:${width}px;height:${height}px"></iframe>
<script>
window.received = [];
addEventListener('message', (event) => {
	if (event.source === document.getElementById('embed').contentWindow) window.received.push(event.data);
});
</script></body></html>`;
}

/** Starts the parent origin's server; `/parent?src=…&sandbox=…&width=…&height=…` serves a parent page. */
export async function startParentServer(port = PARENT_PORT): Promise<Server> {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', PARENT_ORIGIN);
		if (url.pathname !== '/parent') {
			response.writeHead(404).end();
			return;
		}
		const html = parentHtml(
			url.searchParams.get('src') ?? 'about:blank',
			url.searchParams.has('nosandbox')
				? null
				: (url.searchParams.get('sandbox') ?? 'allow-scripts'),
			Number(url.searchParams.get('width') ?? 800),
			Number(url.searchParams.get('height') ?? 450)
		);
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return server;
}

/** The address of a parent page embedding `src`. */
export function parentPageUrl(
	src: string,
	options: { width?: number; height?: number; sandboxed?: boolean } = {}
) {
	const query = new URLSearchParams({
		src,
		width: String(options.width ?? 800),
		height: String(options.height ?? 450)
	});
	if (options.sandboxed === false) query.set('nosandbox', '1');
	return `${PARENT_ORIGIN}/parent?${query}`;
}

/** The messages the parent has received from the frame so far. */
export function receivedMessages(page: Page): Promise<unknown[]> {
	return page.evaluate(() => (window as unknown as { received: unknown[] }).received.slice());
}
