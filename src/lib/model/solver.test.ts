// The solver's guards: it finds roots, never crosses the lower bound, survives bad slopes and stops.
import { describe, expect, it } from 'vitest';
import { MAX_ITERATIONS, solveIncreasingRoot } from './solver';

describe('solveIncreasingRoot', () => {
	it('finds the root of an increasing function to the tolerance, from a finite-difference first slope', () => {
		const { root, iterations } = solveIncreasingRoot((x) => x * x * x - 8, 5, 1e-10, 0);
		expect(root).toBeCloseTo(2, 9);
		expect(iterations).toBeGreaterThan(1);
		expect(iterations).toBeLessThan(MAX_ITERATIONS);
	});

	it('returns the start untouched when it is already a root', () => {
		expect(solveIncreasingRoot((x) => x - 3, 3, 1e-9, 0)).toEqual({
			root: 3,
			slope: Number.NaN,
			iterations: 0
		});
	});

	it('halves the distance to the lower bound instead of stepping past it', () => {
		const visited: number[] = [];
		const { root } = solveIncreasingRoot(
			(x) => {
				visited.push(x);
				return Math.log(x) + 5;
			},
			1,
			1e-12,
			0,
			1
		);
		expect(Math.min(...visited)).toBeGreaterThan(0);
		expect(root).toBeCloseTo(Math.exp(-5), 9);
	});

	it('falls back to a unit slope when the given slope is unusable, and stops after MAX_ITERATIONS', () => {
		expect(solveIncreasingRoot((x) => x - 1, 0.5, 1e-12, -10, -3).root).toBeCloseTo(1, 12);
		let calls = 0;
		const result = solveIncreasingRoot(
			() => {
				calls++;
				return 1;
			},
			0,
			1e-9,
			-Infinity,
			1
		);
		expect(result.iterations).toBe(MAX_ITERATIONS);
		expect(calls).toBe(MAX_ITERATIONS + 1);
	});
});
