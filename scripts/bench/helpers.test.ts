// The benches' helpers: percentiles, flag parsing (bad values exit with status 2), the soak's sample choice, Lighthouse's CPU calibration and the start bench's blocking time.
import { calibratedCpuSlowdown, median } from './lighthouse.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseFlags, takeRoute } from './arguments.js';
import { percentile } from './frames.js';
import { spread, warmUpSample } from '../soak.js';
import { blockingTimeAfter } from './start-blocking.js';

afterEach(() => vi.restoreAllMocks());

describe('percentile', () => {
	it('uses the nearest rank', () => {
		const values = [16.7, 16.6, 50, 16.8, 16.7, 16.7, 16.6, 16.7, 16.9, 16.7];
		expect(percentile(values, 0.5)).toBe(16.7);
		expect(percentile(values, 0.95)).toBe(50);
		expect(percentile([], 0.5)).toBeNaN();
	});
});

describe('calibratedCpuSlowdown', () => {
	it('scales Lighthouse’s 4× by the host’s benchmark index against a high-end desktop’s 1500', () => {
		expect(calibratedCpuSlowdown(1500)).toBe(4);
		expect(calibratedCpuSlowdown(750)).toBe(2);
		expect(calibratedCpuSlowdown(500)).toBe(1.33);
	});
	it('never goes below 1× nor above the default, and falls back to 4× without an index', () => {
		expect(calibratedCpuSlowdown(200)).toBe(1);
		expect(calibratedCpuSlowdown(3000)).toBe(4);
		expect(calibratedCpuSlowdown(Number.NaN)).toBe(4);
		expect(calibratedCpuSlowdown(0)).toBe(4);
	});
});

describe('parseFlags', () => {
	const spec = {
		numbers: { minutes: { default: 10, min: 0.5, max: 240, unit: 'minutes' } },
		switches: ['skip-lighthouse']
	};

	it('reads defaults, numbers in both spellings and switches', () => {
		expect(parseFlags('soak', [], spec)).toEqual({ minutes: 10, 'skip-lighthouse': false });
		expect(parseFlags('soak', ['--minutes', '0.5'], spec)).toEqual({
			minutes: 0.5,
			'skip-lighthouse': false
		});
		expect(parseFlags('soak', ['--minutes=3', '--skip-lighthouse'], spec)).toEqual({
			minutes: 3,
			'skip-lighthouse': true
		});
	});

	it.each([
		['--minutes', 'abc'],
		['--minutes', '0'],
		['--minutes'],
		['--minutes', ''],
		['--hours', '1'],
		['--skip-lighthouse=1'],
		['minutes']
	])('exits with status 2 and one line for %j', (...argv) => {
		const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
			throw new Error(`exit ${code}`);
		});
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(() => parseFlags('soak', argv, spec)).toThrow('exit 2');
		expect(exit).toHaveBeenCalledWith(2);
		expect(error).toHaveBeenCalledTimes(1);
		expect(String(error.mock.calls[0][0])).toMatch(/^soak: /);
	});

	it('says the range, or which option is unknown, in the same words as before', () => {
		const messages: string[] = [];
		vi.spyOn(process, 'exit').mockImplementation((code) => {
			throw new Error(`exit ${code}`);
		});
		vi.spyOn(console, 'error').mockImplementation((line) => messages.push(String(line)));
		for (const argv of [['--minutes=0'], ['--minutes'], ['--hours', '1']]) {
			expect(() => parseFlags('soak', argv, spec)).toThrow('exit 2');
		}
		expect(messages).toEqual([
			'soak: --minutes must be a number of minutes from 0.5 to 240 (got "0")',
			'soak: --minutes must be a number of minutes from 0.5 to 240 (got nothing)',
			'soak: unknown option "--hours"'
		]);
	});
});

describe('soak samples', () => {
	const samples = Array.from({ length: 60 }, (_, index) => ({
		seconds: (index + 1) * 10,
		heapMB: index,
		p50Ms: 16.7,
		p95Ms: 17,
		errors: 0
	}));

	it('takes the warm-up sample after 1 minute, or 20% of a short run', () => {
		expect(warmUpSample(samples, 600).seconds).toBe(60);
		expect(warmUpSample(samples.slice(0, 3), 30).seconds).toBe(10);
	});

	it('spreads at most 12 rows over the run, first and last kept', () => {
		const rows = spread(samples);
		expect(rows).toHaveLength(12);
		expect(rows[0]).toBe(samples[0]);
		expect(rows[11]).toBe(samples[59]);
		expect(spread(samples.slice(0, 3))).toHaveLength(3);
	});
});

describe('summariseMainThread', () => {
	it('divides the main thread’s task time by its frames, thread time apart from wall time', async () => {
		const { summariseMainThread } = await import('./main-thread.js');
		const events = [
			{ name: 'ProxyMain::BeginMainFrame', ph: 'X', tid: 1, dur: 9000, tdur: 3000 },
			{ name: 'ProxyMain::BeginMainFrame', ph: 'X', tid: 1, dur: 9000, tdur: 3000 },
			{ name: 'RunTask', ph: 'X', tid: 1, dur: 20000, tdur: 8000 },
			{ name: 'RunTask', ph: 'X', tid: 2, dur: 50000, tdur: 50000 }
		];
		expect(summariseMainThread(events)).toEqual({
			frames: 2,
			cpuMsPerFrame: 4,
			wallMsPerFrame: 10
		});
		expect(summariseMainThread([]).frames).toBe(0);
	});
});

describe('median', () => {
	it('takes the middle of the finite values', async () => {
		const { median } = await import('../bench-frames.js');
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, Number.NaN, 2, 3])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([87, 73, 80])).toBe(80);
		expect(median([1329, 477, 733])).toBe(733);
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
});

describe('blockingTimeAfter', () => {
	it('counts each long task beyond 50 ms after the first paint, cutting a task that straddles it', () => {
		// 120 ms before the paint: none; 100 ms straddling it (40 after): none; 90 after: 40; 200 after: 150.
		const tasks: Array<[number, number]> = [
			[100, 120],
			[940, 100],
			[1200, 90],
			[1500, 200]
		];
		expect(blockingTimeAfter(tasks, 1000)).toBe(190);
		expect(blockingTimeAfter(tasks, 0)).toBe(70 + 50 + 40 + 150);
		expect(blockingTimeAfter([], 500)).toBe(0);
	});
});

describe('takeRoute', () => {
	it('takes --route and its value out of the arguments, "/" without one', () => {
		const argv = ['--runs', '3', '--route', '/embed'];
		expect(takeRoute('bench:start', argv)).toBe('/embed');
		expect(argv).toEqual(['--runs', '3']);
		expect(takeRoute('bench:start', [])).toBe('/');
	});

	it('exits with status 2 and one line for a route without a leading slash', () => {
		vi.spyOn(process, 'exit').mockImplementation((code) => {
			throw new Error(`exit ${code}`);
		});
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		expect(() => takeRoute('bench:start', ['--route', 'embed'])).toThrow('exit 2');
		expect(error).toHaveBeenCalledWith('bench:start: --route must start with "/" (got "embed")');
	});
});
