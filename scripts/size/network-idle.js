// Measures in Chromium what a first visit really fetches: every JavaScript response until the network is idle (entry chunks, their imports, and whatever the page loads lazily at start), gzipped.
import { gzipSync } from 'node:zlib';

/** Viewports of a first visit: a phone (Lighthouse's mobile size) and a laptop; the larger total counts. */
export const FIRST_VISIT_VIEWPORTS = [
	{ name: 'phone', width: 412, height: 823 },
	{ name: 'laptop', width: 1366, height: 768 }
];

/** Quiet time after the load's network idle, for work started by timers or observers just after it. */
const SETTLE_MS = 1500;

/** True for a response that is JavaScript: by resource type, content type or file name. */
export function isScriptResponse(
	/** @type {{ url: string, resourceType: string, contentType: string }} */ response
) {
	return (
		response.resourceType === 'script' ||
		/javascript|ecmascript/i.test(response.contentType) ||
		/\.m?js(?:[?#]|$)/.test(response.url)
	);
}

/**
 * Totals of scripts fetched, each address counted once (gzip level 9, as check-size.js counts files).
 * @param {Array<{ url: string, body: Buffer }>} scripts
 */
export function totalOfScripts(scripts) {
	/** @type {Map<string, { url: string, rawBytes: number, gzipBytes: number }>} */
	const byUrl = new Map();
	for (const { url, body } of scripts) {
		if (byUrl.has(url)) continue;
		byUrl.set(url, {
			url,
			rawBytes: body.length,
			gzipBytes: gzipSync(body, { level: 9 }).length
		});
	}
	const files = [...byUrl.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
	return {
		files,
		rawBytes: files.reduce((sum, file) => sum + file.rawBytes, 0),
		gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0)
	};
}

/**
 * Loads `origin + route` in a fresh context per viewport (no cache, service workers blocked so the
 * offline precache is not counted) and returns the scripts fetched before network idle, for the viewport
 * that fetched most.
 * @param {import('@playwright/test').Browser} browser
 */
export async function measureFirstVisit(
	browser,
	/** @type {string} */ origin,
	/** @type {string} */ route
) {
	/** @type {Array<ReturnType<typeof totalOfScripts> & { viewport: string }>} */
	const results = [];
	for (const viewport of FIRST_VISIT_VIEWPORTS) {
		const context = await browser.newContext({
			viewport: { width: viewport.width, height: viewport.height },
			serviceWorkers: 'block'
		});
		const page = await context.newPage();
		/** @type {Array<Promise<{ url: string, body: Buffer } | undefined>>} */
		const pending = [];
		page.on('response', (response) => {
			const request = response.request();
			const described = {
				url: response.url(),
				resourceType: request.resourceType(),
				contentType: response.headers()['content-type'] ?? ''
			};
			if (!isScriptResponse(described)) return;
			pending.push(
				response.body().then(
					(body) => ({ url: new URL(described.url).pathname, body }),
					() => undefined
				)
			);
		});
		await page.goto(origin + route, { waitUntil: 'networkidle' });
		await page.waitForTimeout(SETTLE_MS);
		await page.waitForLoadState('networkidle');
		const scripts = (await Promise.all(pending)).filter((each) => each !== undefined);
		results.push({ viewport: viewport.name, ...totalOfScripts(scripts) });
		await context.close();
	}
	return results.reduce((most, each) => (each.gzipBytes > most.gzipBytes ? each : most));
}
