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

/**
 * `SINGLE_FILE=1 vite build` (`npm run build:single`) builds one self-contained `build-single/index.html`
 * that runs from disk: every script and style inlined, routes in the hash (`#/teach`), and its own
 * `outDir` so it never replaces the site build that `vite preview` serves. See README, "One offline file".
 */
const singleFile = process.env.SINGLE_FILE === '1';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: singleFile
			? adapter({ pages: 'build-single', assets: 'build-single', strict: true })
			: adapter({ fallback: '404.html', strict: true }),
		csp: contentSecurityPolicy,
		// Every page's styles go inline in its <head>: as 13 separate files they were Lighthouse's render-blocking
		// requests (first paint at ~2 s on its emulated slow 4G). 'unsafe-inline' in style-src allows them.
		inlineStyleThreshold: Infinity,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Registered by src/lib/offline/register-service-worker.ts instead: SvelteKit's own call throws in a sandboxed iframe.
		serviceWorker: { register: false },
		...(singleFile && {
			outDir: '.svelte-kit-single',
			output: { bundleStrategy: /** @type {const} */ ('inline') },
			router: { type: /** @type {const} */ ('hash') },
			// The hash router rejects page options (src/routes/+layout.ts) and server routes (the oEmbed JSON):
			// routes written in .ts are left out of this build, so only .svelte pages remain.
			moduleExtensions: ['.js']
		})
	}
};

export default config;
