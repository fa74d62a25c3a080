// Vite plugin: in the browser build, `svelte/server` resolves to a stub, so that importing its `render` for the server (HydrateApart) does not also ship its side-effectful modules (html-tree-validation.js, 2.2 KB) to every first visit.
import { fileURLToPath } from 'node:url';

/** The stub that replaces `svelte/server` in the client environment. */
export const serverRenderStub = fileURLToPath(new URL('./server-render-stub.js', import.meta.url));

/** @returns {import('vite').Plugin} */
export function serverRenderOnly() {
	return {
		name: 'calcium-routes:server-render-only',
		enforce: 'pre',
		applyToEnvironment: (environment) => environment.name === 'client',
		resolveId: {
			filter: { id: /^svelte\/server$/ },
			handler(id) {
				return id === 'svelte/server' ? serverRenderStub : null;
			}
		}
	};
}
