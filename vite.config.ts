// Vite configuration: SvelteKit, Paraglide message compilation and Vitest.
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		// Under Vitest the messages are compiled by `npm run i18n:compile`; the plugin's watcher would keep Vitest from exiting.
		!process.env.VITEST &&
			paraglideVitePlugin({
				project: './project.inlang',
				outdir: './src/lib/paraglide',
				strategy: ['globalVariable', 'baseLocale']
			}),
		sveltekit()
	],
	build: {
		rolldownOptions: { checks: { pluginTimings: false } }
	},
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
