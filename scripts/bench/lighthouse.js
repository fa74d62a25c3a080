// Runs Lighthouse 12 (fetched by npx at bench time, not a dependency) on one URL with mobile emulation.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../find-browser.js';

export const lighthouseCategories = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Category scores 0–100 for `url`, or `{ error }` when Lighthouse could not run.
 * @returns {Promise<{ scores: Record<string, number> } | { error: string }>}
 */
export async function runLighthouse(/** @type {string} */ url, timeoutMs = 300_000) {
	const outputDir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
	const reportPath = join(outputDir, 'report.json');
	const args = [
		'--yes',
		'lighthouse@12',
		url,
		'--quiet',
		'--output=json',
		`--output-path=${reportPath}`,
		`--only-categories=${lighthouseCategories.join(',')}`,
		`--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`
	];
	const chromePath = findChromium();
	const env = { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) };
	try {
		const { code, errorOutput } = await new Promise((resolve) => {
			const child = spawn('npx', args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
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
			const lastLine = String(errorOutput)
				.trim()
				.split('\n')
				.filter((line) => !/npm warn/i.test(line))
				.pop();
			return { error: `lighthouse exited with ${code}: ${lastLine ?? 'no output'}` };
		}
		const report = JSON.parse(readFileSync(reportPath, 'utf8'));
		/** @type {Record<string, number>} */
		const scores = {};
		for (const id of lighthouseCategories)
			scores[id] = Math.round((report.categories?.[id]?.score ?? Number.NaN) * 100);
		return { scores };
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error) };
	} finally {
		rmSync(outputDir, { recursive: true, force: true });
	}
}
