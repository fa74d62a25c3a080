// ESLint flat config: TypeScript, Svelte, Prettier, and the rule that keeps the model free of UI.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Browser globals the model must never touch: it runs in Node, tests and the CLI as well. */
const domGlobals = [
	'window',
	'document',
	'navigator',
	'location',
	'localStorage',
	'sessionStorage',
	'requestAnimationFrame',
	'cancelAnimationFrame',
	'HTMLElement',
	'Element',
	'Node',
	'Event',
	'CustomEvent',
	'getComputedStyle',
	'matchMedia',
	'performance',
	'fetch',
	'history',
	'screen'
].map((name) => ({
	name,
	message: 'The model is pure: no DOM or browser globals in src/lib/model/.'
}));

/** gsap may be imported only in src/lib/motion/ (static imports). */
const gsapOnlyInMotion = {
	group: ['gsap', 'gsap/*'],
	message: 'Import gsap only in src/lib/motion/ (attachment factories).'
};
/** …and dynamic imports of gsap too. */
const noDynamicGsap = [
	{
		selector: 'ImportExpression[source.value=/^gsap/]',
		message: 'Import gsap only in src/lib/motion/ (attachment factories).'
	}
];

export default ts.config(
	{
		ignores: [
			'build/',
			'build-single/',
			'build-scorm/',
			'.svelte-kit/',
			'.svelte-kit-single/',
			'src/lib/paraglide/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			'.stryker-tmp*/',
			'reports/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// gsap is decoration: only the attachment factories in src/lib/motion/ may load it.
		files: ['**/*.{js,ts,svelte}'],
		ignores: ['src/lib/motion/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [gsapOnlyInMotion] }],
			'no-restricted-syntax': ['error', ...noDynamicGsap]
		}
	},
	{
		files: ['src/lib/sim/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						gsapOnlyInMotion,
						{
							group: ['$lib/view', '$lib/view/*', '**/view/**'],
							message:
								'Dependencies point one way (view → sim → model): the reactive shell imports no view code.'
						},
						{
							// Components (Capitalised.svelte); rune modules such as ./simulation.svelte are fine.
							regex: '(^|/)[A-Z][^/]*\\.svelte$',
							caseSensitive: true,
							message: 'The reactive shell imports no components.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/model/**'],
		languageOptions: { globals: {} },
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*'], message: 'The model must not import Svelte.' },
						{ group: ['$app/*', '$app'], message: 'The model must not import SvelteKit ($app).' },
						{ group: ['gsap', 'gsap/*'], message: 'The model must not import gsap.' },
						{
							group: ['d3-selection', 'd3-transition'],
							message: 'The model must not touch the DOM (d3-selection).'
						},
						{
							group: ['d3'],
							message: 'Import only pure d3 modules (d3-array, d3-scale) in the model.'
						},
						{
							group: [
								'$lib/view/*',
								'$lib/sim/*',
								'$lib/motion/*',
								'$lib/paraglide/*',
								'**/view/**',
								'**/sim/**',
								'**/motion/**'
							],
							message: 'Dependencies point one way: the model imports no UI layer.'
						}
					]
				}
			],
			'no-restricted-globals': ['error', ...domGlobals]
		}
	}
);
