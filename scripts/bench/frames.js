// Samples frame times with requestAnimationFrame, at normal speed or with the CPU slowed through the DevTools protocol.

/** The `fraction` percentile (0–1) of `values`, by the nearest-rank method; NaN when empty. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ fraction) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
	return sorted[rank - 1];
}

/** Frame-to-frame intervals (ms) over `seconds`, measured inside the page. */
export function sampleFrameIntervalsMs(
	/** @type {import('@playwright/test').Page} */ page,
	seconds = 5
) {
	return page.evaluate(
		(durationMs) =>
			new Promise((resolve) => {
				/** @type {number[]} */
				const intervals = [];
				/** @type {number | undefined} */
				let previous;
				const end = performance.now() + durationMs;
				const onFrame = (/** @type {number} */ now) => {
					if (previous !== undefined) intervals.push(now - previous);
					previous = now;
					if (now < end) requestAnimationFrame(onFrame);
					else resolve(intervals);
				};
				requestAnimationFrame(onFrame);
			}),
		seconds * 1000
	);
}

/**
 * Frame p50/p95 (ms) on `page` with the CPU slowed `cpuSlowdown` times (1 = normal).
 * Headless Chromium caps at 60 fps, so at normal speed p50 sits near 16.7 ms.
 */
export async function measureFrames(
	/** @type {import('@playwright/test').Page} */ page,
	{ seconds = 5, cpuSlowdown = 1 } = {}
) {
	const session = await page.context().newCDPSession(page);
	await session.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
	try {
		const intervals = /** @type {number[]} */ (await sampleFrameIntervalsMs(page, seconds));
		return {
			cpuSlowdown,
			frames: intervals.length,
			p50Ms: percentile(intervals, 0.5),
			p95Ms: percentile(intervals, 0.95)
		};
	} finally {
		await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		await session.detach();
	}
}
