// Total blocking time of a page's start under applied CPU throttling: the long tasks the browser itself reports (PerformanceObserver), measured in real throttled time rather than simulated.
import { launchChromium } from './browser.js';
import { median } from './lighthouse.js';
import { FIRST_VISIT_VIEWPORTS } from '../size/network-idle.js';

/** The phone of a first visit, as `npm run size` measures it (Lighthouse's mobile size). */
export const phoneViewport = (() => {
	const { width, height } = FIRST_VISIT_VIEWPORTS[0];
	return { width, height };
})();

/**
 * Blocking time after first contentful paint: for each long task, the part after `fcpMs` beyond the first 50 ms
 * (Lighthouse's definition, with a task that straddles the first paint cut at it).
 * @param {Array<[number, number]>} tasks [startTime, duration] in ms
 */
export function blockingTimeAfter(tasks, /** @type {number} */ fcpMs) {
	let total = 0;
	for (const [start, duration] of tasks) {
		const from = Math.max(start, fcpMs);
		const blocking = start + duration - from - 50;
		if (blocking > 0) total += blocking;
	}
	return total;
}

/**
 * Opens `url` in a fresh phone-sized context with the CPU slowed `cpuSlowdown`× (DevTools throttling, applied to the
 * page for real) and returns its first contentful paint and the blocking time of the long tasks until `settleMs`.
 * @param {import('@playwright/test').Browser} browser
 * @returns {Promise<{ fcpMs: number, blockingMs: number, longTasks: number }>}
 */
export async function measureStart(
	browser,
	/** @type {string} */ url,
	cpuSlowdown = 4,
	settleMs = 6000
) {
	const context = await browser.newContext({
		viewport: phoneViewport,
		isMobile: true,
		hasTouch: true,
		deviceScaleFactor: 1.75,
		serviceWorkers: 'block'
	});
	try {
		const page = await context.newPage();
		const session = await context.newCDPSession(page);
		await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		await page.addInitScript(() => {
			const tasks = /** @type {Array<[number, number]>} */ ([]);
			Object.defineProperty(window, '__startLongTasks', { value: tasks });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(url, { waitUntil: 'load' });
		await page.waitForTimeout(settleMs);
		const { tasks, fcpMs } = await page.evaluate(() => ({
			tasks: /** @type {Array<[number, number]>} */ (
				/** @type {any} */ (window).__startLongTasks ?? []
			),
			fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0
		}));
		return { fcpMs, blockingMs: blockingTimeAfter(tasks, fcpMs), longTasks: tasks.length };
	} finally {
		await context.close();
	}
}

/**
 * One uncounted warm-up load (it warms the preview server and the disk cache: the first load was ~2× slower), then
 * `runs` measured loads of `url`; each run goes to `onRun`, and the medians are returned.
 * @param {(run: { fcpMs: number, blockingMs: number, longTasks: number }, index: number) => void} [onRun]
 */
export async function measureStartMedian(
	/** @type {string} */ url,
	runs = 5,
	cpuSlowdown = 4,
	onRun = () => {}
) {
	const browser = await launchChromium();
	try {
		await measureStart(browser, url, cpuSlowdown);
		const results = [];
		for (let index = 0; index < runs; index += 1) {
			const result = await measureStart(browser, url, cpuSlowdown);
			results.push(result);
			onRun(result, index);
		}
		return {
			fcpMs: median(results.map((result) => result.fcpMs)),
			blockingMs: median(results.map((result) => result.blockingMs))
		};
	} finally {
		await browser.close();
	}
}
