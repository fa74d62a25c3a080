// html-validate (recommended rules) over every page of the build, including the fallback 404.html and the iframe html of the oEmbed document; runs with the browser suite because it reads the build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, test } from './fixtures';

const buildDir = new URL('../build', import.meta.url).pathname;

/**
 * Recommended rules, with the style-only rules that contradict how SvelteKit and Svelte write HTML turned off:
 * lower-case doctype, self-closing void elements, `checked=""`, the trailing newline of the template
 * (doctype-style, void-style, attribute-boolean-style, no-trailing-whitespace), and style="" attributes, which
 * Svelte writes for style: directives and the CSP allows (no-inline-style). No rule about validity is off.
 */
const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		'doctype-style': 'off',
		'void-style': 'off',
		'attribute-boolean-style': 'off',
		// Svelte writes a boolean attribute it sets from an expression as hidden="" (valid HTML).
		'attribute-empty-style': 'off',
		// A search-snippet length guideline, not validity: worksheet and answer-key titles name the whole activity.
		'long-title': 'off',
		'no-trailing-whitespace': 'off',
		'no-inline-style': 'off'
	}
});

function builtPages(dir = buildDir): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === '_app' ? [] : builtPages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

test('every built page passes html-validate, and 404.html has a static title', async () => {
	const pages = builtPages();
	expect(pages.map((path) => path.slice(buildDir.length + 1))).toEqual(
		expect.arrayContaining(['404.html', 'index.html', 'embed.html'])
	);
	for (const path of pages) {
		const report = await validator.validateFile(path);
		const messages = report.results.flatMap((result) =>
			result.messages.map(
				(message) => `${message.ruleId} ${message.line}:${message.column} ${message.message}`
			)
		);
		expect(messages, path).toEqual([]);
	}
	expect(readFileSync(join(buildDir, '404.html'), 'utf8')).toMatch(/<title>[^<]+<\/title>/);
});

test('the oEmbed iframe html is valid when the build has it', async () => {
	const path = join(buildDir, 'oembed.json');
	test.skip(!existsSync(path), 'the build was made without PUBLIC_SITE_URL, so it has no oEmbed');
	const { html } = JSON.parse(readFileSync(path, 'utf8')) as { html: string };
	const report = await validator.validateString(html);
	expect(
		report.results.flatMap((result) => result.messages.map((message) => message.message))
	).toEqual([]);
});
