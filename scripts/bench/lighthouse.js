// Runs Lighthouse 12 (a devDependency; 13 needs Node 22) on one URL with mobile emulation, and the median of several runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../find-browser.js';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'];

const lighthouseBin = fileURLToPath(
	new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url)
);

/** @typedef {{ scores: Record<string, number>, totalBlockingTimeMs: number, cpuBenchmarkIndex: number }} LighthouseRun */

/**
 * Category scores 0–100 and total blocking time for `url`, or `{ error }` when Lighthouse could not run.
 * @returns {Promise<LighthouseRun | { error: string }>}
 */
export async function runLighthouse(
	/** @type {string} */ url,
	cpuSlowdown = defaultCpuSlowdown,
	timeoutMs = 300_000
) {
	const outputDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
	const reportPath = join(outputDir, 'report.json');
	const args = [
		lighthouseBin,
		url,
		'--quiet',
		'--output=json',
		`--output-path=${reportPath}`,
		`--only-categories=${lighthouseCategories.join(',')}`,
		`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`,
		`--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`
	];
	const chromePath = findChromium();
	const env = { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) };
	try {
		const { code, errorOutput } = await new Promise((resolve) => {
			const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
			let errorText = '';
			child.stderr.on('data', (chunk) => (errorText += chunk));
			const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
			child.on('error', (error) => resolve({ code: -1, errorOutput: error.message }));
			child.on('exit', (exitCode) => {
				clearTimeout(timer);
				resolve({ code: exitCode, errorOutput: errorText });
			});
		});
		if (code !== 0) {
			const lastLine = String(errorOutput).trim().split('\n').pop();
			return { error: `lighthouse exited with ${code}: ${lastLine ?? 'no output'}` };
		}
		const report = JSON.parse(readFileSync(reportPath, 'utf8'));
		/** @type {Record<string, number>} */
		const scores = {};
		for (const id of lighthouseCategories)
			scores[id] = Math.round((report.categories?.[id]?.score ?? Number.NaN) * 100);
		return {
			scores,
			totalBlockingTimeMs: Math.round(
				report.audits?.['total-blocking-time']?.numericValue ?? Number.NaN
			),
			cpuBenchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? Number.NaN)
		};
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	} finally {
		rmSync(outputDir, { recursive: true, force: true });
	}
}

/** Lighthouse's own CPU slowdown for mobile runs (throttling.md: calibrated for a high-end desktop). */
export const defaultCpuSlowdown = 4;

/**
 * The slowdown that makes this host emulate the device Lighthouse's default emulates: Lighthouse's throttling docs
 * calibrate the default 4× for a high-end desktop (benchmark index 1500–2000), so a slower host needs less. Scaled
 * from the low end of that range (1500), so the result never flatters the page; never below 1 (no speed-up).
 */
export function calibratedCpuSlowdown(/** @type {number} */ benchmarkIndex) {
	if (!(benchmarkIndex > 0)) return defaultCpuSlowdown;
	const scaled = (defaultCpuSlowdown * benchmarkIndex) / 1500;
	return Math.round(Math.min(defaultCpuSlowdown, Math.max(1, scaled)) * 100) / 100;
}

/** The median of a list of numbers (the mean of the middle two for an even count). */
export function median(/** @type {number[]} */ values) {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Lighthouse `runs` times on `url`, one after another; medians of each category score and of total blocking time.
 * @returns {Promise<{ runs: LighthouseRun[], median: { scores: Record<string, number>, totalBlockingTimeMs: number } } | { error: string }>}
 */
export async function runLighthouseMedian(
	/** @type {string} */ url,
	runs = 3,
	/** @type {(message: string) => void} */ progress = () => {},
	cpuSlowdown = defaultCpuSlowdown
) {
	/** @type {LighthouseRun[]} */
	const done = [];
	for (let run = 1; run <= runs; run++) {
		progress(`Lighthouse run ${run} of ${runs} on ${url} (CPU slowdown ${cpuSlowdown}×)`);
		const result = await runLighthouse(url, cpuSlowdown);
		if ('error' in result) return result;
		done.push(result);
	}
	/** @type {Record<string, number>} */
	const scores = {};
	for (const id of lighthouseCategories) scores[id] = median(done.map((run) => run.scores[id]));
	return {
		runs: done,
		median: { scores, totalBlockingTimeMs: median(done.map((run) => run.totalBlockingTimeMs)) }
	};
}
