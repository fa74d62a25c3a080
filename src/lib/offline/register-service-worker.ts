// Registers the offline service worker where it can work: a real http(s) origin, not a sandboxed frame (origin "null") or a file opened from disk.
import { dev } from '$app/environment';

/** Just what registration needs from the browser, so tests can stand in for it. */
export interface ServiceWorkerHost {
	origin: string;
	protocol: string;
	/** Reading `navigator.serviceWorker` throws in a sandboxed frame; this getter may throw too. */
	container(): Pick<ServiceWorkerContainer, 'register'> | undefined;
}

function browserHost(): ServiceWorkerHost {
	return {
		origin: self.origin,
		protocol: location.protocol,
		container: () => ('serviceWorker' in navigator ? navigator.serviceWorker : undefined)
	};
}

/**
 * Registers `scriptUrl` and returns true when it tried. Offline use is a bonus: any refusal (sandbox,
 * private mode, file://, an old browser) is silent, never an error on screen or in the console.
 */
export function registerServiceWorker(
	scriptUrl: string,
	host: ServiceWorkerHost = browserHost()
): boolean {
	if (host.origin === 'null' || (host.protocol !== 'https:' && host.protocol !== 'http:'))
		return false;
	try {
		const container = host.container();
		if (!container) return false;
		container.register(scriptUrl, { type: dev ? 'module' : 'classic' }).catch(() => undefined);
		return true;
	} catch {
		return false;
	}
}

/** Registers once the page has loaded, so the precache download never competes with the first paint. */
export function registerServiceWorkerAfterLoad(scriptUrl: string): void {
	if (document.readyState === 'complete') registerServiceWorker(scriptUrl);
	else addEventListener('load', () => registerServiceWorker(scriptUrl), { once: true });
}
