// The size check follows entry scripts and static imports, skips dynamic imports, counts each file once per route.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	entryScriptsOfHtml,
	formatSizeTable,
	gzipBytesOf,
	measureBuild,
	measureSingleFile,
	overBudget,
	routeOfHtmlPath,
	staticImportsOf
} from './check-size.js';

const chunk = (name: string, body: string) =>
	`${body}\n/* ${name} */ var filler=${JSON.stringify(name.repeat(50))};`;

/** A fake adapter-static build: two pages sharing a chunk, one lazy chunk, one nested page. */
const fakeBuild: Record<string, string> = {
	'index.html': `<!doctype html><html><head>
		<link href="./_app/immutable/entry/start.js" rel="modulepreload">
		<link rel="stylesheet" href="./_app/immutable/assets/0.css">
		</head><body><script>
		Promise.all([import("./_app/immutable/entry/start.js"), import('./_app/immutable/entry/app.js')]).then(() => {});
		</script></body></html>`,
	'embed.html': `<html><head><link rel="modulepreload" href="./_app/immutable/chunks/shared.js"></head>
		<body><script type="module" src="/_app/immutable/entry/embed.js"></script></body></html>`,
	'teach/index.html': `<html><head><link rel=modulepreload href="../_app/immutable/chunks/shared.js"></head></html>`,
	'_app/immutable/entry/start.js': chunk(
		'start',
		`import{a as b}from"../chunks/shared.js";import"../chunks/util.js";`
	),
	'_app/immutable/entry/app.js': chunk(
		'app',
		`import{x}from"../chunks/shared.js";export*from"../chunks/util.js";const lazy=()=>import("../chunks/lazy.js");`
	),
	'_app/immutable/entry/embed.js': chunk('embed', `import{x}from"../chunks/shared.js";`),
	'_app/immutable/chunks/shared.js': chunk('shared', `import.meta.url;export{q as x};`),
	'_app/immutable/chunks/util.js': chunk('util', `export const u=1;`),
	'_app/immutable/chunks/lazy.js': chunk('lazy', `export const l=1;`),
	'_app/immutable/assets/0.css': 'body{color:red}'
};

let buildDir = '';

beforeAll(() => {
	buildDir = mkdtempSync(join(tmpdir(), 'check-size-'));
	for (const [path, content] of Object.entries(fakeBuild)) {
		mkdirSync(dirname(join(buildDir, path)), { recursive: true });
		writeFileSync(join(buildDir, path), content);
	}
});

afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

const fileSize = (path: string) => ({
	path,
	rawBytes: Buffer.byteLength(fakeBuild[path]),
	gzipBytes: gzipBytesOf(fakeBuild[path])
});

describe('check-size', () => {
	it('reads modulepreload links, external scripts and import() in inline scripts', () => {
		const { urls, inlineCode } = entryScriptsOfHtml(fakeBuild['index.html']);
		expect(urls).toEqual([
			'./_app/immutable/entry/start.js',
			'./_app/immutable/entry/start.js',
			'./_app/immutable/entry/app.js'
		]);
		expect(inlineCode).toHaveLength(1);
		expect(entryScriptsOfHtml(fakeBuild['embed.html']).urls).toEqual([
			'./_app/immutable/chunks/shared.js',
			'/_app/immutable/entry/embed.js'
		]);
	});

	it('finds static imports and re-exports but not import() or import.meta', () => {
		expect(staticImportsOf(fakeBuild['_app/immutable/entry/app.js'])).toEqual([
			'../chunks/shared.js',
			'../chunks/util.js'
		]);
		expect(
			staticImportsOf('import x, { y as z } from "./a.js"; import * as all from \'./b.js\'')
		).toEqual(['./a.js', './b.js']);
		expect(staticImportsOf(fakeBuild['_app/immutable/chunks/shared.js'])).toEqual([]);
	});

	it('maps html files to routes', () => {
		expect(
			['index.html', 'embed.html', 'teach/index.html', '404.html'].map(routeOfHtmlPath)
		).toEqual(['/', '/embed', '/teach', '/404']);
	});

	it('sums each first-load file once per route and leaves dynamic imports out', () => {
		const pages = measureBuild(buildDir);
		expect(pages.map((page) => page.route)).toEqual(['/', '/embed', '/teach']);
		const [home, embed, teach] = pages;
		const homeFiles = [
			'_app/immutable/entry/start.js',
			'_app/immutable/entry/app.js',
			'_app/immutable/chunks/shared.js',
			'_app/immutable/chunks/util.js'
		];
		expect(home.files.slice(1)).toEqual(homeFiles.map(fileSize));
		expect(home.files[0].path).toBe('index.html (inline)');
		expect(home.gzipBytes).toBe(home.files.reduce((sum, file) => sum + file.gzipBytes, 0));
		expect(home.files.map((file) => file.path)).not.toContain('_app/immutable/chunks/lazy.js');
		expect(embed.files).toEqual(
			['_app/immutable/chunks/shared.js', '_app/immutable/entry/embed.js'].map(fileSize)
		);
		expect(teach.files).toEqual([fileSize('_app/immutable/chunks/shared.js')]);
		expect(pages.every((page) => page.unresolved.length === 0)).toBe(true);
	});

	it('flags only the routes over their budget and prints a table', () => {
		const pages = measureBuild(buildDir);
		const embedKB = pages[1].gzipBytes / 1000;
		expect(overBudget(pages, { '/': 100, '/embed': 90 })).toEqual([]);
		expect(
			overBudget(pages, { '/': 100, '/embed': embedKB - 0.01 }).map((page) => page.route)
		).toEqual(['/embed']);
		const table = formatSizeTable(pages, { '/': 0.01 });
		expect(table).toMatch(/^route\s+files\s+raw KB\s+gzip KB\s+budget/);
		expect(table).toMatch(/^\/\s+5\s+[\d.]+\s+[\d.]+\s+0\.01 OVER$/m);
		expect(table).toMatch(/^\/teach\s+1\s+.*—$/m);
	});

	it('measures a single-file build when it exists', () => {
		expect(measureSingleFile(join(buildDir, 'missing.html'))).toBeUndefined();
		expect(measureSingleFile(join(buildDir, 'index.html'))).toEqual({
			rawBytes: Buffer.byteLength(fakeBuild['index.html']),
			gzipBytes: gzipBytesOf(fakeBuild['index.html'])
		});
	});
});
