// Runs a callback at most once per interval: at once when idle, then once more at the end of the interval if it was asked again.

export interface Throttled {
	/** Asks for a run: now if the last one was at least `intervalMs` ago, otherwise once at the end of the interval. */
	request(): void;
	/** Drops a pending run. */
	cancel(): void;
}

export function throttle(
	callback: () => void,
	intervalMs: number,
	now: () => number = Date.now
): Throttled {
	let lastRunMs = Number.NEGATIVE_INFINITY;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const run = () => {
		timer = undefined;
		lastRunMs = now();
		callback();
	};

	return {
		request() {
			if (timer !== undefined) return;
			const waitMs = lastRunMs + intervalMs - now();
			if (waitMs <= 0) run();
			else timer = setTimeout(run, waitMs);
		},
		cancel() {
			if (timer !== undefined) clearTimeout(timer);
			timer = undefined;
		}
	};
}
