// Tests for throttle: immediate first run, at most one run per interval, the last request is never lost.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs at once when idle', () => {
		const callback = vi.fn();
		throttle(callback, 100).request();
		expect(callback).toHaveBeenCalledTimes(1);
	});

	it('collapses a burst into one trailing run at the end of the interval', () => {
		const callback = vi.fn();
		const throttled = throttle(callback, 100);
		throttled.request();
		for (let index = 0; index < 20; index++) {
			vi.advanceTimersByTime(4);
			throttled.request();
		}
		expect(callback).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(100);
		expect(callback).toHaveBeenCalledTimes(2);
		vi.advanceTimersByTime(1000);
		expect(callback).toHaveBeenCalledTimes(2);
	});

	it('never runs twice within the interval under steady requests', () => {
		const times: number[] = [];
		const throttled = throttle(() => times.push(Date.now()), 100);
		for (let index = 0; index < 100; index++) {
			throttled.request();
			vi.advanceTimersByTime(10);
		}
		vi.advanceTimersByTime(200);
		const gaps = times.slice(1).map((time, index) => time - times[index]);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(100);
		expect(times.length).toBeGreaterThanOrEqual(9);
	});

	it('cancel drops the pending run', () => {
		const callback = vi.fn();
		const throttled = throttle(callback, 100);
		throttled.request();
		throttled.request();
		throttled.cancel();
		vi.advanceTimersByTime(500);
		expect(callback).toHaveBeenCalledTimes(1);
	});
});
