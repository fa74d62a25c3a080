// Main-thread CPU time per frame from a DevTools trace: the page's own cost, which (unlike frame intervals) does not grow when other processes load the machine.

/**
 * Traces `page` for `seconds` and returns the renderer main thread's CPU time (thread time, not wall time) per frame.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<{ frames: number, cpuMsPerFrame: number, wallMsPerFrame: number }>}
 */
export async function mainThreadCostPerFrame(page, seconds = 3) {
	const session = await page.context().newCDPSession(page);
	/** @type {{ name: string, ph: string, tid: number, dur?: number, tdur?: number }[]} */
	const events = [];
	// The protocol types trace events as string maps; Chromium's trace events carry these numeric fields.
	session.on('Tracing.dataCollected', (message) =>
		events.push(.../** @type {typeof events} */ (/** @type {unknown} */ (message.value)))
	);
	const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
	await session.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline,cc',
		transferMode: 'ReportEvents'
	});
	await page.waitForTimeout(seconds * 1000);
	await session.send('Tracing.end');
	await complete;
	await session.detach();
	return summariseMainThread(events);
}

/**
 * Frames = the main thread's BeginMainFrame events; cost = the thread time of its top-level tasks.
 * @param {{ name: string, ph: string, tid: number, dur?: number, tdur?: number }[]} events
 */
export function summariseMainThread(events) {
	const frames = events.filter(
		(event) => event.name === 'ProxyMain::BeginMainFrame' && event.ph === 'X'
	);
	if (frames.length === 0)
		return { frames: 0, cpuMsPerFrame: Number.NaN, wallMsPerFrame: Number.NaN };
	const mainThread = frames[0].tid;
	const tasks = events.filter(
		(event) => event.name === 'RunTask' && event.ph === 'X' && event.tid === mainThread
	);
	const sum = (/** @type {'dur' | 'tdur'} */ field) =>
		tasks.reduce((total, task) => total + (task[field] ?? 0), 0) / 1000;
	return {
		frames: frames.length,
		cpuMsPerFrame: sum('tdur') / frames.length,
		wallMsPerFrame: sum('dur') / frames.length
	};
}
