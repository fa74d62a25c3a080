// `npm run bench [-- --skip-lighthouse] [-- --seconds N]`: one table of JS sizes, model time, frame times, the start's blocking time and Lighthouse scores beside their goals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	bytesPerKB,
	frameGoalsMs,
	gzipBudgetKBByRoute,
	lighthouseGoals,
	totalBlockingTimeGoalMs
} from './budgets.js';
import {
	formatKB,
	formatTable,
	gzipBytesOf,
	measureBuild,
	measureSingleFile
} from './check-size.js';
import { formatMs, measureFramesOnRoute } from './bench-frames.js';
import { parseFlags } from './bench/arguments.js';
import { launchChromium } from './bench/browser.js';
import { lighthouseCategories, runLighthouseMedian } from './bench/lighthouse.js';
import { measureStartMedian } from './bench/start-blocking.js';
import { projectDir, requireBuild, startPreview } from './bench/preview-server.js';
import { measureFirstVisit } from './size/network-idle.js';

const benchedRoutes = /** @type {const} */ (['/', '/embed']);
const progress = (/** @type {string} */ message) => console.error(`bench: ${message}`);

/** Gzipped size of every JavaScript file the build contains, lazy chunks included. */
function allJavaScript(/** @type {string} */ buildDir) {
	const files = readdirSync(join(buildDir, '_app'), { recursive: true, encoding: 'utf8' }).filter(
		(path) => path.endsWith('.js')
	);
	const gzipBytes = files.reduce(
		(sum, path) => sum + gzipBytesOf(readFileSync(join(buildDir, '_app', path))),
		0
	);
	return { files: files.length, gzipBytes };
}

/** The model's 10-year run, timed in a tsx child process (the model is TypeScript). */
function modelRunTime() {
	const tsx = join(projectDir, 'node_modules', '.bin', 'tsx');
	const result = spawnSync(tsx, [join(projectDir, 'scripts', 'bench', 'model-time.ts')], {
		encoding: 'utf8',
		timeout: 120_000
	});
	try {
		const outcome = JSON.parse(result.stdout.trim().split('\n').pop() ?? '');
		return outcome.status === 'ok'
			? `${outcome.medianMs.toFixed(1)} ms (median of ${outcome.runs}; ${outcome.call})`
			: `n/a (${outcome.reason})`;
	} catch {
		return `n/a (model timing failed: ${(result.stderr || result.error?.message || 'no output').trim().split('\n')[0]})`;
	}
}

async function main() {
	const flags = parseFlags('bench', process.argv.slice(2), {
		numbers: { seconds: { default: 5, min: 1, max: 120, unit: 'seconds' } },
		switches: ['skip-lighthouse']
	});
	requireBuild();
	const buildDir = join(projectDir, 'build');
	const pages = measureBuild(buildDir);
	const rows = [['measure', 'value', 'goal']];
	const all = allJavaScript(buildDir);
	rows.push([
		'all JS in the build, gzip',
		`${formatKB(all.gzipBytes)} KB (${all.files} files, lazy chunks included)`,
		'—'
	]);
	const single = measureSingleFile(join(projectDir, 'build-single', 'index.html'));
	rows.push([
		'build-single/index.html',
		single
			? `${formatKB(single.rawBytes)} KB raw, ${formatKB(single.gzipBytes)} KB gzip`
			: 'n/a (not built)',
		'—'
	]);
	progress('timing the model');
	rows.push(['model, 10-year run', modelRunTime(), '—']);

	progress('starting vite preview');
	const server = await startPreview();
	/** @type {Record<string, unknown>} */
	const lighthouseResults = {};
	try {
		// The budget's own measure (as `npm run size` takes it): every script a first visit fetches before network idle.
		progress('measuring the scripts of a first visit in Chromium (before network idle)');
		const browser = await launchChromium();
		try {
			const firstLoadRows = [];
			for (const route of benchedRoutes) {
				const visit = pages.some((page) => page.route === route)
					? await measureFirstVisit(browser, server.origin, route)
					: undefined;
				firstLoadRows.push([
					`first-load JS ${route}, gzip (before network idle)`,
					visit
						? `${formatKB(visit.gzipBytes)} KB (${visit.files.length} files, ${visit.viewport})`
						: 'n/a (no such route)',
					`≤ ${gzipBudgetKBByRoute[route]} KB (fails npm test)`
				]);
			}
			rows.splice(1, 0, ...firstLoadRows);
		} finally {
			await browser.close();
		}
		progress(
			`sampling frames on / for ${flags.seconds} s at normal speed and ${flags.seconds} s with the CPU slowed 4×`
		);
		const frames = await measureFramesOnRoute(server.origin, { seconds: Number(flags.seconds) });
		const playing = frames.actions.length ? frames.actions.join(', ') : 'static page';
		rows.push([
			`frames /, normal CPU (${playing})`,
			`p50 ${formatMs(frames.normal.p50Ms)} ms, p95 ${formatMs(frames.normal.p95Ms)} ms`,
			`p95 ≤ ${frameGoalsMs.p95AtNormalCpu} ms`
		]);
		rows.push([
			'frames /, CPU 4× slower',
			`p50 ${formatMs(frames.slowed.p50Ms)} ms, p95 ${formatMs(frames.slowed.p95Ms)} ms`,
			`p95 ≤ ${frameGoalsMs.p95AtFourTimesSlowerCpu} ms`
		]);
		progress('loading / five times with the CPU slowed 4× (DevTools throttling)');
		const start = await measureStartMedian(new URL('/', server.origin).href);
		rows.push([
			'start /, CPU 4× slower (median of 5)',
			`first paint ${Math.round(start.fcpMs)} ms, TBT ${Math.round(start.blockingMs)} ms`,
			`TBT ≤ ${totalBlockingTimeGoalMs} ms`
		]);
		const goal = `performance ≥ ${lighthouseGoals.performance}, TBT ≤ ${totalBlockingTimeGoalMs} ms, the others ${lighthouseGoals.accessibility}`;
		for (const route of benchedRoutes) {
			const label = `Lighthouse ${route} (mobile, median of 3)`;
			if (flags['skip-lighthouse']) rows.push([label, 'skipped (--skip-lighthouse)', goal]);
			else if (!pages.some((page) => page.route === route))
				rows.push([label, 'n/a (no such route)', goal]);
			else {
				const result = await runLighthouseMedian(new URL(route, server.origin).href, 3, progress);
				lighthouseResults[route] = result;
				rows.push([
					label,
					'median' in result
						? `${lighthouseCategories.map((id) => `${id} ${result.median.scores[id]}`).join(', ')}; TBT ${result.median.totalBlockingTimeMs} ms`
						: `n/a (${result.error})`,
					goal
				]);
			}
		}
	} finally {
		await server.stop();
	}
	console.log(formatTable(rows));
	console.log(
		`\n1 KB = ${bytesPerKB} bytes. Only the size budgets fail \`npm test\`; the other goals are printed, never enforced.`
	);
	mkdirSync(join(projectDir, 'bench-results'), { recursive: true });
	const resultFile = join(
		projectDir,
		'bench-results',
		`bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`
	);
	writeFileSync(
		resultFile,
		JSON.stringify(
			{ date: new Date().toISOString(), rows, lighthouse: lighthouseResults },
			null,
			'\t'
		)
	);
	progress(`saved ${resultFile}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
