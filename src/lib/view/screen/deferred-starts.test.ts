// Parts waiting to near the screen start when something needs the whole page: the snapshot (next task) or a printout (this task).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

async function freshModules() {
	vi.resetModules();
	const deferred = await import('./deferred-starts');
	const pending = await import('./pending-starts');
	return { ...deferred, ...pending };
}

describe('deferred starts', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('starts every waiting part and resolves only once the parts they start have started', async () => {
		const { deferStart, startDeferred, startPending, deferredCount } = await freshModules();
		const started: string[] = [];
		for (const name of ['charts', 'details'])
			deferStart((now) => {
				started.push(`${name}:${now ? 'now' : 'next task'}`);
				const end = startPending();
				setTimeout(end, 10);
			});
		expect(deferredCount()).toBe(2);
		let resolved = false;
		const done = startDeferred().then(() => (resolved = true));
		expect(started).toEqual(['charts:next task', 'details:next task']);
		await vi.advanceTimersByTimeAsync(5);
		expect(resolved).toBe(false);
		await vi.runAllTimersAsync();
		await done;
		expect(resolved).toBe(true);
	});

	it('forgets a part that has unregistered', async () => {
		const { deferStart, startDeferredNow, deferredCount } = await freshModules();
		const start = vi.fn();
		const unregister = deferStart(start);
		unregister();
		expect(deferredCount()).toBe(0);
		startDeferredNow();
		expect(start).not.toHaveBeenCalled();
	});

	it('starts waiting parts in the same task before printing', async () => {
		const page = new EventTarget();
		vi.stubGlobal('window', page);
		const { deferStart } = await freshModules();
		const start = vi.fn();
		deferStart(start);
		deferStart(() => {});
		page.dispatchEvent(new Event('beforeprint'));
		expect(start).toHaveBeenCalledExactlyOnceWith(true);
	});
});
