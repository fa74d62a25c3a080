// `npm run bench:frames [-- --seconds N]`: frame p50/p95 on the explorer at normal speed and with the CPU slowed 4×.
import { fileURLToPath } from 'node:url';
import { frameGoalsMs } from './budgets.js';
import { parseFlags } from './bench/arguments.js';
import { launchChromium, startPlayingIfPossible } from './bench/browser.js';
import { measureFrames } from './bench/frames.js';
import { requireBuild, startPreview } from './bench/preview-server.js';

/**
 * Opens `route`, starts playback when it can, and measures frames at 1× and 4× CPU slowdown.
 * @param {string} origin
 * @param {{ route?: string, seconds?: number }} options
 */
export async function measureFramesOnRoute(origin, { route = '/', seconds = 5 } = {}) {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(new URL(route, origin).href, { waitUntil: 'load' });
		const actions = await startPlayingIfPossible(page);
		// Let the page settle (fonts, first paints, the first steps of playback) before sampling.
		await page.waitForTimeout(1000);
		const normal = await measureFrames(page, { seconds, cpuSlowdown: 1 });
		const slowed = await measureFrames(page, { seconds, cpuSlowdown: 4 });
		return { actions, normal, slowed };
	} finally {
		await browser.close();
	}
}

export const formatMs = (/** @type {number} */ ms) => (Number.isFinite(ms) ? ms.toFixed(1) : 'n/a');

async function main() {
	const flags = parseFlags('bench:frames', process.argv.slice(2), {
		numbers: { seconds: { default: 5, min: 1, max: 120, unit: 'seconds' } }
	});
	requireBuild();
	const server = await startPreview();
	try {
		const { actions, normal, slowed } = await measureFramesOnRoute(server.origin, {
			seconds: Number(flags.seconds)
		});
		console.log(
			`Frames on / (${actions.length ? actions.join(', ') : 'nothing to play: static page'}), ${flags.seconds} s each:\n`
		);
		console.log('CPU        frames  p50 ms  p95 ms  goal (p95)');
		console.log(
			`normal     ${String(normal.frames).padEnd(6)}  ${formatMs(normal.p50Ms).padEnd(6)}  ${formatMs(normal.p95Ms).padEnd(6)}  ≤ ${frameGoalsMs.p95AtNormalCpu} ms`
		);
		console.log(
			`4× slower  ${String(slowed.frames).padEnd(6)}  ${formatMs(slowed.p50Ms).padEnd(6)}  ${formatMs(slowed.p95Ms).padEnd(6)}  ≤ ${frameGoalsMs.p95AtFourTimesSlowerCpu} ms`
		);
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
