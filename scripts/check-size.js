// Measures the gzipped JavaScript of a first visit and fails when a route exceeds its budget: in Chromium, everything fetched before network idle (the budget), plus the static entry-and-imports table of every page.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bytesPerKB, gzipBudgetKBByRoute } from './budgets.js';
import { entryScriptsOfHtml, staticImportsOf } from './size/scan.js';
import { measureFirstVisit } from './size/network-idle.js';

export { entryScriptsOfHtml, staticImportsOf };

/** @typedef {{ path: string, rawBytes: number, gzipBytes: number }} MeasuredFile */
/** @typedef {{ route: string, htmlPath: string, files: MeasuredFile[], rawBytes: number, gzipBytes: number, unresolved: string[] }} PageSize */

/** Gzip at level 9, the size a well-configured static host sends. */
export function gzipBytesOf(/** @type {Buffer | string} */ content) {
	return gzipSync(content, { level: 9 }).length;
}

/** Resolves a URL or specifier to a file inside the build, or undefined for another origin or a bare package name. */
function resolveInBuild(
	/** @type {string} */ buildDir,
	/** @type {string} */ fromFile,
	/** @type {string} */ specifier
) {
	if (/^[a-z][\w+.-]*:/i.test(specifier) || specifier.startsWith('//')) return undefined;
	const path = decodeURIComponent(specifier.split(/[?#]/)[0]);
	if (path.startsWith('/')) return join(buildDir, path);
	if (path.startsWith('./') || path.startsWith('../')) return resolve(dirname(fromFile), path);
	return undefined;
}

/** Follows static imports from the page's entry scripts; each file is counted once. */
export function measurePage(
	/** @type {string} */ buildDir,
	/** @type {string} */ htmlRelativePath
) {
	const root = resolve(buildDir);
	const htmlFile = join(root, htmlRelativePath);
	const { urls, inlineCode } = entryScriptsOfHtml(readFileSync(htmlFile, 'utf8'));
	/** @type {MeasuredFile[]} */
	const files = [];
	/** @type {string[]} */
	const unresolved = [];
	const seen = new Set();
	/** @type {Array<[string, string]>} pairs of (importing file, specifier) still to visit */
	const queue = urls.map((url) => [htmlFile, url]);
	while (queue.length > 0) {
		const [fromFile, specifier] = /** @type {[string, string]} */ (queue.shift());
		const file = resolveInBuild(root, fromFile, specifier);
		if (!file || seen.has(file)) continue;
		seen.add(file);
		if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
			unresolved.push(specifier);
			continue;
		}
		const content = readFileSync(file);
		files.push({
			path: relative(root, file),
			rawBytes: content.length,
			gzipBytes: gzipBytesOf(content)
		});
		for (const next of staticImportsOf(content.toString('utf8'))) queue.push([file, next]);
	}
	const inline = inlineCode.join('\n');
	const inlineEntry = inline
		? [
				{
					path: `${htmlRelativePath} (inline)`,
					rawBytes: Buffer.byteLength(inline),
					gzipBytes: gzipBytesOf(inline)
				}
			]
		: [];
	const all = [...inlineEntry, ...files];
	return {
		route: routeOfHtmlPath(htmlRelativePath),
		htmlPath: htmlRelativePath,
		files: all,
		rawBytes: all.reduce((sum, file) => sum + file.rawBytes, 0),
		gzipBytes: all.reduce((sum, file) => sum + file.gzipBytes, 0),
		unresolved
	};
}

/** `index.html` → `/`, `embed.html` → `/embed`, `teach/index.html` → `/teach`. */
export function routeOfHtmlPath(/** @type {string} */ htmlRelativePath) {
	const path = htmlRelativePath
		.split(sep)
		.join('/')
		.replace(/(^|\/)index\.html$/, '')
		.replace(/\.html$/, '');
	return `/${path}`.replace(/\/$/, '') || '/';
}

/** Every prerendered page of the build (outside `_app/`), `/` first. */
export function findPages(/** @type {string} */ buildDir) {
	/** @type {string[]} */
	const found = [];
	const walk = (/** @type {string} */ dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory() && entry.name !== '_app') walk(path);
			else if (entry.isFile() && entry.name.endsWith('.html')) found.push(relative(buildDir, path));
		}
	};
	walk(buildDir);
	return found.sort((a, b) => routeOfHtmlPath(a).localeCompare(routeOfHtmlPath(b)));
}

/** Measures every page of a build. */
export function measureBuild(/** @type {string} */ buildDir) {
	return findPages(buildDir).map((htmlPath) => measurePage(buildDir, htmlPath));
}

/** @returns {PageSize | undefined} the measurement of one route, if the build has it. */
export function measureRoute(/** @type {string} */ buildDir, /** @type {string} */ route) {
	return measureBuild(buildDir).find((page) => page.route === route);
}

/** The pages over budget, with their figures. */
export function overBudget(/** @type {PageSize[]} */ pages, budgets = gzipBudgetKBByRoute) {
	return pages.filter((page) => {
		const budgetKB = /** @type {Record<string, number>} */ (budgets)[page.route];
		return budgetKB !== undefined && page.gzipBytes > budgetKB * bytesPerKB;
	});
}

/** Raw and gzip size of a single-file build, or undefined when it was not built. */
export function measureSingleFile(/** @type {string} */ path) {
	if (!existsSync(path)) return undefined;
	const content = readFileSync(path);
	return { rawBytes: content.length, gzipBytes: gzipBytesOf(content) };
}

export const formatKB = (/** @type {number} */ bytes) => (bytes / bytesPerKB).toFixed(1);

/** A plain-text table; the first row is the header. */
export function formatTable(/** @type {string[][]} */ rows) {
	const widths = rows[0].map((_, column) =>
		Math.max(...rows.map((row) => String(row[column] ?? '').length))
	);
	const line = (/** @type {string[]} */ row) =>
		row
			.map((cell, column) => String(cell ?? '').padEnd(widths[column]))
			.join('  ')
			.trimEnd();
	return [
		line(rows[0]),
		widths.map((width) => '-'.repeat(width)).join('  '),
		...rows.slice(1).map(line)
	].join('\n');
}

/** The size table: route, JS files, raw KB, gzip KB, budget. */
export function formatSizeTable(
	/** @type {PageSize[]} */ pages,
	/** @type {Record<string, number>} */ budgets = gzipBudgetKBByRoute
) {
	const rows = pages.map((page) => {
		const budgetKB = /** @type {Record<string, number>} */ (budgets)[page.route];
		const verdict =
			budgetKB === undefined
				? '—'
				: `${budgetKB} ${page.gzipBytes > budgetKB * bytesPerKB ? 'OVER' : 'ok'}`;
		return [
			page.route,
			String(page.files.length),
			formatKB(page.rawBytes),
			formatKB(page.gzipBytes),
			verdict
		];
	});
	return formatTable([['route', 'files', 'raw KB', 'gzip KB', 'budget (gzip KB)'], ...rows]);
}

/** The budgeted routes measured in Chromium against `vite preview` of the build (see scripts/size/network-idle.js). */
async function measureInBrowser(/** @type {string[]} */ routes) {
	const { launchChromium } = await import('./bench/browser.js');
	const { startPreview } = await import('./bench/preview-server.js');
	const preview = await startPreview(4185);
	const browser = await launchChromium();
	try {
		/** @type {Array<{ route: string, viewport: string, files: Array<{ url: string, gzipBytes: number }>, gzipBytes: number }>} */
		const measured = [];
		for (const route of routes)
			measured.push({ route, ...(await measureFirstVisit(browser, preview.origin, route)) });
		return measured;
	} finally {
		await browser.close();
		await preview.stop();
	}
}

async function main() {
	const projectDir = fileURLToPath(new URL('..', import.meta.url));
	const buildDir = join(projectDir, 'build');
	if (!existsSync(join(buildDir, 'index.html'))) {
		console.error('No build/index.html: run `npm run build` first.');
		process.exit(1);
	}
	const pages = measureBuild(buildDir);
	console.log('Entry scripts and their static imports, per page (dynamic imports not followed):\n');
	console.log(formatSizeTable(pages, /** @type {Record<string, number>} */ ({})));
	for (const page of pages.filter((each) => each.unresolved.length > 0)) {
		console.log(
			`\nnote: ${page.route} refers to files not in the build: ${page.unresolved.join(', ')}`
		);
	}
	const single = measureSingleFile(join(projectDir, 'build-single', 'index.html'));
	if (single)
		console.log(
			`\nbuild-single/index.html: ${formatKB(single.rawBytes)} KB raw, ${formatKB(single.gzipBytes)} KB gzip`
		);

	const budgets = /** @type {Record<string, number>} */ (gzipBudgetKBByRoute);
	const visits = await measureInBrowser(Object.keys(budgets));
	console.log(
		'\nFirst visit in Chromium: every script fetched before network idle (phone and laptop; the larger counts):\n'
	);
	const rows = visits.map((visit) => {
		const over = visit.gzipBytes > budgets[visit.route] * bytesPerKB;
		return [
			visit.route,
			visit.viewport,
			String(visit.files.length),
			formatKB(visit.gzipBytes),
			`${budgets[visit.route]} ${over ? 'OVER' : 'ok'}`
		];
	});
	console.log(
		formatTable([['route', 'viewport', 'files', 'gzip KB', 'budget (gzip KB)'], ...rows])
	);
	const failures = visits.filter((visit) => visit.gzipBytes > budgets[visit.route] * bytesPerKB);
	for (const visit of failures) {
		console.error(
			`\n${visit.route} fetches ${formatKB(visit.gzipBytes)} KB of gzipped JavaScript before network idle: over its ${budgets[visit.route]} KB budget. Largest: ${visit.files
				.slice(0, 3)
				.map((file) => `${file.url} ${formatKB(file.gzipBytes)} KB`)
				.join(', ')}`
		);
	}
	if (failures.length > 0) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
