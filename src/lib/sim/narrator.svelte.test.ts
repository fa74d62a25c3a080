// The narrator speaks a person's settled change once, stays silent for programmatic changes, and keeps running summaries calm.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as describers from '$lib/describe';
import { Narrator, SETTLE_MS } from './narrator.svelte';
import { Simulation } from './simulation.svelte';

describe('Narrator', () => {
	let seconds = 0;
	beforeEach(() => {
		vi.useFakeTimers();
		seconds = 0;
	});
	afterEach(() => vi.useRealTimers());

	function setup() {
		const sim = new Simulation();
		const narrator = new Narrator(
			sim,
			() => 'en',
			() => seconds,
			describers
		);
		return { sim, narrator };
	}

	it('describes a person’s change once the control is still, in one sentence', () => {
		const { sim, narrator } = setup();
		for (const k2McgPerDay of [60, 120, 180]) {
			narrator.userChanged();
			sim.setInputs({ k2McgPerDay });
			narrator.inputsChanged();
			vi.advanceTimersByTime(SETTLE_MS / 2);
		}
		expect(narrator.message).toBe('');
		vi.advanceTimersByTime(SETTLE_MS);
		expect(narrator.message).toMatch(/^Vitamin K2 180 µg a day\. Active MGP rises from 60 to 72/);
	});

	it('stays silent when a preset or the tour changes the inputs', () => {
		const { sim, narrator } = setup();
		sim.apply({ inputs: { ...sim.inputs, k2McgPerDay: 360 } });
		narrator.inputsChanged();
		vi.advanceTimersByTime(SETTLE_MS * 3);
		expect(narrator.message).toBe('');
	});

	it('waits at least 8 seconds between running summaries and says where a paused run stopped', () => {
		const { sim, narrator } = setup();
		sim.speed = 'month';
		sim.playing = true;
		narrator.playingChanged(true);
		const spoken: string[] = [];
		for (let frame = 0; frame < 60 * 20; frame++) {
			seconds += 1 / 60;
			sim.tick(1 / 60);
			narrator.frame();
			vi.advanceTimersByTime(1000 / 60);
			if (narrator.message && narrator.message !== spoken.at(-1)) spoken.push(narrator.message);
		}
		// 20 s at a month a second: one simulated year passes, so one summary (none before 8 s).
		expect(spoken).toHaveLength(1);
		expect(spoken[0]).toMatch(/^Year 1 done: bone mineral/);
		sim.playing = false;
		narrator.playingChanged(false);
		vi.advanceTimersByTime(100);
		expect(narrator.message).toMatch(/^Paused at year 1, month 7/);
	});

	it('can be told to keep quiet while the clock runs', () => {
		const { sim, narrator } = setup();
		narrator.runningSummaries = false;
		sim.speed = 'month';
		sim.playing = true;
		narrator.playingChanged(true);
		for (let frame = 0; frame < 60 * 20; frame++) {
			seconds += 1 / 60;
			sim.tick(1 / 60);
			narrator.frame();
		}
		vi.advanceTimersByTime(100);
		expect(narrator.message).toBe('');
	});

	it('loads its sentences only when a person first changes something, then speaks', async () => {
		const sim = new Simulation();
		const load = vi.fn(async () => describers);
		const narrator = new Narrator(
			sim,
			() => 'en',
			() => seconds,
			load
		);
		expect(load).not.toHaveBeenCalled();
		narrator.userChanged();
		expect(load).toHaveBeenCalledTimes(1);
		sim.setInputs({ k2McgPerDay: 180 });
		narrator.inputsChanged();
		await vi.advanceTimersByTimeAsync(SETTLE_MS + 100);
		expect(narrator.message).toMatch(/^Vitamin K2 180 µg a day/);
		expect(load).toHaveBeenCalledTimes(1);
	});
});
