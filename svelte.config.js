// SvelteKit configuration: a fully prerendered static site (adapter-static) with a hash-based Content Security Policy.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content Security Policy, written by SvelteKit into each prerendered page as a <meta> tag with the
 * sha256 hash of its inline boot script ('hash' mode: static pages cannot carry a per-request nonce).
 * - script-src: own files and the hashed boot script only; no 'unsafe-inline', no 'unsafe-eval'.
 * - style-src 'unsafe-inline': Svelte writes style="" attributes (server-rendered, and in templates it
 *   parses with innerHTML) and may insert <style> elements for transitions; none can carry a hash.
 * - img-src data: blob:: QR codes and snapshot exports are data:/blob: images.
 * - frame-ancestors cannot be set from a <meta> tag (browsers ignore it there); this site is meant to
 *   be embedded anyway. A host that wants to restrict framing sets it as an HTTP header.
 * See doc/implementation-notes.md, "Budgets and benches".
 */
const contentSecurityPolicy = {
	mode: /** @type {const} */ ('hash'),
	directives: {
		'default-src': ['self'],
		'script-src': ['self'],
		'style-src': ['self', 'unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'connect-src': ['self'],
		'worker-src': ['self'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: '404.html', strict: true }),
		csp: contentSecurityPolicy,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
