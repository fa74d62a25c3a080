// Stands in for `svelte/server` in the browser bundle (see server-render-only.js): its `render` is only ever called on the server.

/** Never called in the browser: HydrateApart renders its part with Svelte's `render` only when `import.meta.env.SSR`. */
export function render() {
	throw new Error('svelte/server render() runs on the server only');
}
