// `npm run soak [-- --minutes N --closeup]`: plays the explorer for N minutes, sampling JS heap, frame times and console errors.
import { fileURLToPath } from 'node:url';
import { soakGoals } from './budgets.js';
import { formatTable } from './check-size.js';
import { parseFlags } from './bench/arguments.js';
import { launchChromium, startPlayingIfPossible } from './bench/browser.js';
import { percentile } from './bench/frames.js';
import { requireBuild, startPreview } from './bench/preview-server.js';

const sampleEverySeconds = 10;
const bytesPerMB = 1024 * 1024;

/** @typedef {{ seconds: number, heapMB: number, p50Ms: number, p95Ms: number, errors: number }} SoakSample */

/** Records every frame interval in the page until collected; collecting empties the list. */
function installFrameRecorder() {
	const record = /** @type {{ __soakFrameIntervals?: number[] }} */ (
		/** @type {unknown} */ (window)
	);
	record.__soakFrameIntervals = [];
	/** @type {number | undefined} */
	let previous;
	const onFrame = (/** @type {number} */ now) => {
		if (previous !== undefined) record.__soakFrameIntervals?.push(now - previous);
		previous = now;
		requestAnimationFrame(onFrame);
	};
	requestAnimationFrame(onFrame);
}

function collectFrameIntervals() {
	const record = /** @type {{ __soakFrameIntervals?: number[] }} */ (
		/** @type {unknown} */ (window)
	);
	const intervals = record.__soakFrameIntervals ?? [];
	record.__soakFrameIntervals = [];
	return intervals;
}

/** The warm-up heap sample: the first taken after 1 minute or 20% of the run, whichever is sooner. */
export function warmUpSample(
	/** @type {SoakSample[]} */ samples,
	/** @type {number} */ runSeconds
) {
	const warmUpSeconds = Math.min(60, runSeconds * 0.2);
	return samples.find((sample) => sample.seconds >= warmUpSeconds) ?? samples[0];
}

/** At most `count` samples, evenly spread, always keeping the first and the last. */
export function spread(/** @type {SoakSample[]} */ samples, count = 12) {
	if (samples.length <= count) return samples;
	const step = (samples.length - 1) / (count - 1);
	return Array.from({ length: count }, (_, index) => samples[Math.round(index * step)]);
}

const clock = (/** @type {number} */ seconds) =>
	`${Math.floor(seconds / 60)}:${String(Math.round(seconds % 60)).padStart(2, '0')}`;

async function main() {
	const flags = parseFlags('soak', process.argv.slice(2), {
		numbers: { minutes: { default: 10, min: 0.5, max: 240, unit: 'minutes' } },
		switches: ['closeup']
	});
	const runSeconds = Number(flags.minutes) * 60;
	requireBuild();
	const server = await startPreview();
	const browser = await launchChromium();
	/** @type {string[]} */
	const consoleErrors = [];
	/** @type {SoakSample[]} */
	const samples = [];
	try {
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		page.on(
			'console',
			(message) => message.type() === 'error' && consoleErrors.push(message.text())
		);
		page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
		await page.goto(server.origin, { waitUntil: 'load' });
		const actions = await startPlayingIfPossible(page);
		// --closeup keeps the close-up on screen, so its gsap scenes run for the whole soak.
		if (flags.closeup && (await page.locator('[data-panel="cycle"] svg').count()) > 0) {
			await page.locator('[data-panel="cycle"] svg').scrollIntoViewIfNeeded();
			actions.push('scrolled to the close-up');
		}
		console.error(
			`soak: ${actions.length ? actions.join(', ') : 'nothing to play (static page)'}; running ${flags.minutes} min`
		);
		const session = await page.context().newCDPSession(page);
		await page.evaluate(installFrameRecorder);
		const start = Date.now();
		for (let next = sampleEverySeconds; next <= runSeconds + 0.001; next += sampleEverySeconds) {
			await new Promise((resolve) =>
				setTimeout(resolve, Math.max(0, start + next * 1000 - Date.now()))
			);
			const intervals = await page.evaluate(collectFrameIntervals);
			await session.send('HeapProfiler.collectGarbage');
			const { usedSize } = await session.send('Runtime.getHeapUsage');
			await page.evaluate(collectFrameIntervals); // drop the frames the forced garbage collection delayed
			samples.push({
				seconds: next,
				heapMB: usedSize / bytesPerMB,
				p50Ms: percentile(intervals, 0.5),
				p95Ms: percentile(intervals, 0.95),
				errors: consoleErrors.length
			});
			console.error(`soak: ${clock(next)} heap ${(usedSize / bytesPerMB).toFixed(2)} MB`);
		}
	} finally {
		await browser.close();
		await server.stop();
	}
	const warm = warmUpSample(samples, runSeconds);
	const end = samples[samples.length - 1];
	const growthMB = end.heapMB - warm.heapMB;
	const rows = spread(samples).map((sample) => [
		clock(sample.seconds),
		sample.heapMB.toFixed(2),
		sample.p50Ms.toFixed(1),
		sample.p95Ms.toFixed(1),
		String(sample.errors)
	]);
	console.log(
		formatTable([['time', 'heap MB', 'frame p50 ms', 'frame p95 ms', 'errors so far'], ...rows])
	);
	console.log(
		`\nheap after warm-up (${clock(warm.seconds)}): ${warm.heapMB.toFixed(2)} MB; at the end (${clock(end.seconds)}): ${end.heapMB.toFixed(2)} MB`
	);
	console.log(
		`heap growth: ${growthMB.toFixed(2)} MB (goal < ${soakGoals.heapGrowthMB} MB)${growthMB < soakGoals.heapGrowthMB ? '' : '  ABOVE GOAL'}`
	);
	console.log(`console errors: ${consoleErrors.length} (goal ${soakGoals.consoleErrors})`);
	for (const text of consoleErrors.slice(0, 5)) console.log(`  ${text.split('\n')[0]}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
