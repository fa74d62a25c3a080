// The explorer's "started" mark waits for every part that starts in a later task, including parts that register while others start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPendingStarts, startPending } from './pending-starts';

describe('afterPendingStarts', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('calls back in the next task when nothing is pending', () => {
		const callback = vi.fn();
		afterPendingStarts(callback);
		expect(callback).not.toHaveBeenCalled();
		vi.advanceTimersToNextTimer();
		expect(callback).toHaveBeenCalledOnce();
	});

	it('waits for a part that starts in a later task, and for a part that registers as that one starts', () => {
		const callback = vi.fn();
		const endOuter = startPending();
		setTimeout(() => {
			endOuter();
			// A nested part, registered while the outer one starts, ends two tasks later.
			const endInner = startPending();
			setTimeout(() => setTimeout(endInner, 0), 0);
		}, 0);
		afterPendingStarts(callback);
		vi.advanceTimersToNextTimer();
		vi.advanceTimersToNextTimer();
		expect(callback).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(callback).toHaveBeenCalledOnce();
	});

	it('counts a part once however often it ends, and cancels when asked', () => {
		const end = startPending();
		end();
		end();
		const callback = vi.fn();
		const cancel = afterPendingStarts(callback);
		cancel();
		vi.runAllTimers();
		expect(callback).not.toHaveBeenCalled();
		const other = vi.fn();
		afterPendingStarts(other);
		vi.runAllTimers();
		expect(other).toHaveBeenCalledOnce();
	});
});
