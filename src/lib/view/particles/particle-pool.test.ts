// The ion pool: emits at the asked rates, retires arrivals, never exceeds its capacity.
import { describe, expect, it } from 'vitest';
import { parseCubic, pointAt, tabulateCubic } from './bezier';
import { ParticlePool } from './particle-pool';

describe('ParticlePool', () => {
	it('settles at rate × travel time live ions per route', () => {
		const pool = new ParticlePool(5000, 2);
		const rates = new Float32Array([100, 50]);
		for (let frame = 0; frame < 600; frame++) pool.update(1 / 60, rates, 2);
		expect(pool.liveCount).toBeGreaterThan(250);
		expect(pool.liveCount).toBeLessThan(350);
	});

	it('never holds more than its capacity', () => {
		const pool = new ParticlePool(100, 1);
		for (let frame = 0; frame < 120; frame++) pool.update(1 / 60, new Float32Array([10_000]), 2);
		expect(pool.liveCount).toBe(100);
	});

	it('empties when emission stops', () => {
		const pool = new ParticlePool(1000, 1);
		pool.prefill(new Float32Array([200]), 1);
		expect(pool.liveCount).toBe(200);
		for (let frame = 0; frame < 120; frame++) pool.update(1 / 60, new Float32Array([0]), 1);
		expect(pool.liveCount).toBe(0);
	});
});

describe('cubic paths', () => {
	it('parses a single cubic and samples its ends exactly', () => {
		const cubic = parseCubic('M 18 150 C 40 190, 70 210, 96 246');
		expect(cubic).toEqual([18, 150, 40, 190, 70, 210, 96, 246]);
		const table = tabulateCubic(cubic!);
		const out = new Float32Array(2);
		pointAt(table, 0, out);
		expect([...out]).toEqual([18, 150]);
		pointAt(table, 1, out);
		expect([...out]).toEqual([96, 246]);
	});

	it('refuses anything but one cubic segment', () => {
		expect(parseCubic('M 0 0 L 10 10')).toBeUndefined();
		expect(parseCubic('M 0 0 C 1 1, 2 2, 3 3 C 4 4, 5 5, 6 6')).toBeUndefined();
	});
});
