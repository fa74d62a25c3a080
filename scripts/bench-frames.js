// `npm run bench:frames [-- --seconds N --runs N --closeup]`: frame p50/p95 and live ions on the playing explorer, at normal speed and with the CPU slowed 4×.
import { fileURLToPath } from 'node:url';
import { frameGoalsMs } from './budgets.js';
import { parseFlags } from './bench/arguments.js';
import { launchChromium, startPlayingIfPossible } from './bench/browser.js';
import { measureFrames } from './bench/frames.js';
import { mainThreadCostPerFrame } from './bench/main-thread.js';
import { requireBuild, startPreview } from './bench/preview-server.js';

/**
 * Opens `route`, starts playback when it can, and measures frames at 1× and 4× CPU slowdown.
 * @param {string} origin
 * `scrollTo` (a CSS selector) brings that part of the page into view after pressing Play, e.g. the close-up.
 * @param {{ route?: string, seconds?: number, scrollTo?: string }} options
 */
export async function measureFramesOnRoute(origin, { route = '/', seconds = 5, scrollTo } = {}) {
	const browser = await launchChromium();
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(new URL(route, origin).href, { waitUntil: 'load' });
		const actions = await startPlayingIfPossible(page);
		if (scrollTo) {
			const target = page.locator(scrollTo).first();
			if ((await target.count()) > 0) {
				await target.scrollIntoViewIfNeeded();
				actions.push(`scrolled to ${scrollTo}`);
			}
		}
		// Let the page settle (fonts, first paints, the first steps of playback) before sampling.
		await page.waitForTimeout(1000);
		const normal = await measureFrames(page, { seconds, cpuSlowdown: 1 });
		const particlesAtNormal = await liveParticleCount(page);
		const cost = await mainThreadCostPerFrame(page, Math.min(3, seconds));
		const slowed = await measureFrames(page, { seconds, cpuSlowdown: 4 });
		const particlesSlowed = await liveParticleCount(page);
		return {
			actions,
			cost,
			normal: { ...normal, particles: particlesAtNormal },
			slowed: { ...slowed, particles: particlesSlowed }
		};
	} finally {
		await browser.close();
	}
}

/** The live ion count the particle canvas reports in `data-particle-count`, or NaN when the page has none (reduced motion, static page). */
export async function liveParticleCount(/** @type {import('@playwright/test').Page} */ page) {
	const canvas = page.locator('canvas[data-particle-count]').first();
	if ((await canvas.count()) === 0) return Number.NaN;
	return Number(await canvas.getAttribute('data-particle-count'));
}

export const formatMs = (/** @type {number} */ ms) => (Number.isFinite(ms) ? ms.toFixed(1) : 'n/a');

/** The median of `values` (NaN when empty). */
export function median(/** @type {number[]} */ values) {
	const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
	if (finite.length === 0) return Number.NaN;
	const middle = Math.floor(finite.length / 2);
	return finite.length % 2 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}

async function main() {
	const flags = parseFlags('bench:frames', process.argv.slice(2), {
		numbers: {
			seconds: { default: 5, min: 1, max: 120, unit: 'seconds' },
			runs: { default: 1, min: 1, max: 20, unit: 'runs' }
		},
		switches: ['closeup']
	});
	/** With --closeup, the close-up's first diagram is on screen while measuring (its gsap scenes run; the scene's ions are off screen and not drawn). */
	const scrollTo = flags.closeup ? '[data-panel="cycle"] svg' : undefined;
	requireBuild();
	const server = await startPreview();
	try {
		const ions = (/** @type {number} */ count) => (Number.isFinite(count) ? String(count) : 'n/a');
		const row = (
			/** @type {string} */ label,
			/** @type {{ frames: number, p50Ms: number, p95Ms: number, particles: number }} */ result,
			/** @type {number} */ goal
		) =>
			`${label.padEnd(17)} ${String(result.frames).padEnd(6)}  ${formatMs(result.p50Ms).padEnd(6)}  ${formatMs(result.p95Ms).padEnd(6)}  ≤ ${String(goal).padEnd(4)} ms  ${ions(result.particles)}`;
		/** @type {Awaited<ReturnType<typeof measureFramesOnRoute>>[]} */
		const results = [];
		for (let run = 1; run <= Number(flags.runs); run += 1) {
			const result = await measureFramesOnRoute(server.origin, {
				seconds: Number(flags.seconds),
				scrollTo
			});
			if (run === 1) {
				console.log(
					`Frames on / (${result.actions.length ? result.actions.join(', ') : 'nothing to play: static page'}), ${flags.seconds} s each, ${flags.runs} run(s):\n`
				);
				console.log('CPU               frames  p50 ms  p95 ms  goal (p95)  live ions');
			}
			const suffix = Number(flags.runs) > 1 ? ` #${run}` : '';
			console.log(row(`normal${suffix}`, result.normal, frameGoalsMs.p95AtNormalCpu));
			console.log(row(`4× slower${suffix}`, result.slowed, frameGoalsMs.p95AtFourTimesSlowerCpu));
			results.push(result);
		}
		const costs = results.map((result) => result.cost);
		console.log(
			`\nMain-thread CPU per frame at normal speed (thread time, so other processes on the machine do not inflate it): ${costs.map((cost) => formatMs(cost.cpuMsPerFrame)).join(', ')} ms` +
				` (wall time ${costs.map((cost) => formatMs(cost.wallMsPerFrame)).join(', ')} ms).` +
				'\nA frame fits the 4× goal when 4 × CPU per frame stays well under 33 ms; when wall time is far above CPU time, the machine was busy.'
		);
		if (results.length > 1) {
			for (const [label, key, goal] of /** @type {const} */ ([
				['normal', 'normal', frameGoalsMs.p95AtNormalCpu],
				['4× slower', 'slowed', frameGoalsMs.p95AtFourTimesSlowerCpu]
			])) {
				const of = (/** @type {'frames' | 'p50Ms' | 'p95Ms' | 'particles'} */ field) =>
					median(results.map((result) => result[key][field]));
				console.log(
					row(
						`${label} median`,
						{
							frames: of('frames'),
							p50Ms: of('p50Ms'),
							p95Ms: of('p95Ms'),
							particles: of('particles')
						},
						goal
					)
				);
			}
		}
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
