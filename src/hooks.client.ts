// Client hooks: a missing page (404) is not a bug, so only other errors are logged; the offline service worker is registered at start.
import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { resolve } from '$app/paths';
import { registerServiceWorkerAfterLoad } from '$lib/offline/register-service-worker';

export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};

/** SvelteKit's own registration is off (svelte.config.js): it throws in sandboxed frames. The single offline file (hash router) has no worker. */
export const init: ClientInit = () => {
	const root = resolve('/');
	if (!root.includes('#')) registerServiceWorkerAfterLoad(`${root}service-worker.js`);
};
