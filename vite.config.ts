// Vite configuration: SvelteKit, Paraglide message compilation and Vitest.
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/build/compile-hints.js';
import { pureD3 } from './scripts/build/pure-d3.js';
import { serverRenderOnly } from './scripts/build/server-render-only.js';

export default defineConfig({
	plugins: [
		// Under Vitest the messages are compiled by `npm run i18n:compile`; the plugin's watcher would keep Vitest from exiting.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['globalVariable', 'baseLocale']
			}),
		sveltekit(),
		pureD3(),
		serverRenderOnly(),
		compileHints()
	],
	// The site's public address for oEmbed and embed code, fixed at build time (README, "Hosting and embedding").
	define: {
		'import.meta.env.PUBLIC_SITE_URL': JSON.stringify(process.env.PUBLIC_SITE_URL ?? '')
	},
	build: {
		// Vite's preload helper adds a <link rel="modulepreload"> to the page for each script a dynamic import needs
		// (SvelteKit loads every route that way): on a first visit, ~20 appended at start, ~20 ms of main thread in
		// the task that starts the app. The browser's module loader fetches them anyway; CSS is still preloaded.
		modulePreload: { resolveDependencies: () => [] },
		rolldownOptions: {
			// Inlines constants exported by one module and read by others (Svelte's flags, the model's
			// constants) into their readers: 0.5 KB gzip off a first visit of `/` (100.3 → 99.8 KB).
			optimization: { inlineConst: { mode: 'all', pass: 3 } },
			// The single-file build (SINGLE_FILE=1) inlines SvelteKit's bundle as a classic script, where Vite's
			// preload helper mentions import.meta; SvelteKit loads nothing through it there, so the warning is noise.
			checks: {
				pluginTimings: false,
				...(process.env.SINGLE_FILE === '1' && { emptyImportMeta: false })
			}
		}
	},
	preview: {
		port: 4173,
		strictPort: true,
		// A sandboxed iframe (origin null) loads the module chunks with CORS: they must allow any origin. See README, "Hosting and embedding".
		headers: { 'Access-Control-Allow-Origin': '*' }
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
