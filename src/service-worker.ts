// Offline use after the first visit: precaches the app's files and pages, serves them cache-first, and pages network-first with the cache as fallback.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { base, build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;

/** Caches are named per build, so an update never mixes files of two versions; older ones are deleted on activation. */
const CACHE_PREFIX = 'calcium-routes-';
const CACHE = `${CACHE_PREFIX}${version}`;
/** The fallback page (adapter-static's 404.html): what an unknown address shows, online or offline. */
const NOT_FOUND_PAGE = `${base}/404.html`;
/** Every file of the build, the static files and the prerendered pages (`/`, `/embed`, `/teach`, …). */
const PRECACHED = new Set([...build, ...files, ...prerendered]);

/** Caches the not-found page whatever its status: some servers (vite preview) answer /404.html itself with 404. */
async function cacheNotFoundPage(cache: Cache): Promise<void> {
	try {
		const response = await fetch(NOT_FOUND_PAGE);
		if (response.status === 200 || response.status === 404)
			await cache.put(NOT_FOUND_PAGE, response);
	} catch {
		// Offline use still works without it: unknown addresses then fail as they would without the worker.
	}
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => Promise.all([cache.addAll([...PRECACHED]), cacheNotFoundPage(cache)]))
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
						.map((name) => caches.delete(name))
				)
			)
	);
});

/** Pages: the network first, so a new version shows when online; offline, the cached page (ignoring the query), or the not-found page for an address the site does not have. */
async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const cache = await caches.open(CACHE);
		const cached = await cache.match(new URL(request.url).pathname, { ignoreSearch: true });
		if (cached) return cached;
		const notFound = await cache.match(NOT_FOUND_PAGE);
		if (!notFound) throw error;
		return new Response(notFound.body, { status: 404, headers: notFound.headers });
	}
}

/** Build files never change under the same name: the cache first, the network if missing. */
async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	return (await cache.match(request)) ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	if (request.mode === 'navigate') event.respondWith(networkFirst(request));
	else if (PRECACHED.has(url.pathname)) event.respondWith(cacheFirst(request));
});
