// html-validate (recommended rules) over every page of the build, including the fallback 404.html and the iframe html of the oEmbed document, and the W3C Nu checker (vnu-jar) over the same pages; runs with the browser suite because it reads the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { oembedDocument } from '../src/lib/embed/embed-snippet';
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

test('the oEmbed iframe html is valid', async () => {
	// The build's own document when it was given PUBLIC_SITE_URL; otherwise what such a build would write.
	const path = join(buildDir, 'oembed.json');
	const { html } = existsSync(path)
		? (JSON.parse(readFileSync(path, 'utf8')) as { html: string })
		: (oembedDocument('https://calcium-routes.example', 'Calcium Routes', 'Calcium Routes') as {
				html: string;
			});
	const report = await validator.validateString(html);
	expect(
		report.results.flatMap((result) => result.messages.map((message) => message.message))
	).toEqual([]);
});

/**
 * The pages' styles are inline (svelte.config.js, inlineStyleThreshold), so the Nu checker also checks their CSS,
 * and its CSS checker predates three things every current browser supports: `paint-order` (CSS Fill and Stroke 3),
 * `container-type` and the container units `cqw`/`cqh` (CSS Containment 3). Those messages, and only those, are
 * not errors of the page.
 */
function knownCssGap(message: {
	message: string;
	url: string;
	lastLine?: number;
	lastColumn?: number;
}): boolean {
	if (/^CSS: “(paint-order|container-type)”: Property “\1” doesn't exist\.$/.test(message.message))
		return true;
	if (!/^CSS: “[a-z-]+”: Parse Error\.$/.test(message.message) || !message.lastLine) return false;
	// A parse error is the checker's only when the declaration it stopped in uses a container unit.
	const line = readFileSync(new URL(message.url), 'utf8').split('\n')[message.lastLine - 1] ?? '';
	const upTo = line.slice(0, message.lastColumn ?? line.length);
	const declaration = upTo.slice(Math.max(upTo.lastIndexOf('{'), upTo.lastIndexOf(';')) + 1);
	return /\d(\.\d+)?cq[wh]\b/.test(declaration);
}

/** The W3C Nu HTML checker (npm vnu-jar), run with the system's Java; none here means the check cannot run. */
const vnuJar = new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url).pathname;
const javaFound = spawnSync('java', ['-version']).status === 0;

test('the W3C Nu checker reports no error on any built page', () => {
	test.skip(!javaFound, 'the Nu checker needs Java (e.g. apt-get install default-jre-headless)');
	test.setTimeout(180_000);
	const pages = builtPages();
	const result = spawnSync(
		'java',
		['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', ...pages],
		{ encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
	);
	expect(result.status, result.stderr).toBe(0);
	const { messages } = JSON.parse(result.stderr || result.stdout) as {
		messages: Array<{
			type: string;
			url: string;
			message: string;
			lastLine?: number;
			extract?: string;
		}>;
	};
	const errors = messages
		.filter((message) => message.type === 'error' && !knownCssGap(message))
		.map(
			(message) =>
				`${message.url.slice(message.url.lastIndexOf('/build/') + 7)}:${message.lastLine ?? '?'} ${message.message}`
		);
	expect(errors).toEqual([]);
});
