// Offline use after the first visit: precaches the app's files and pages, serves them cache-first, and pages network-first with the cache as fallback.
/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;

/** Caches are named per build, so an update never mixes files of two versions; older ones are deleted on activation. */
const CACHE_PREFIX = 'calcium-routes-';
const CACHE = `${CACHE_PREFIX}${version}`;
/** Every file of the build, the static files and the prerendered pages (`/`, `/embed`, `/teach`, …). */
const PRECACHED = new Set([...build, ...files, ...prerendered]);

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...PRECACHED])));
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

/** Pages: the network first, so a new version shows when online; the cached page (ignoring the query) when offline. */
async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const cache = await caches.open(CACHE);
		const cached = await cache.match(new URL(request.url).pathname, { ignoreSearch: true });
		if (cached) return cached;
		throw error;
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
