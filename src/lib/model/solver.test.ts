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

	it('converges superlinearly by the secant, and returns the slope at the root for the next step', () => {
		const result = solveIncreasingRoot((x) => x * x * x - 8, 5, 1e-10, 0);
		expect(result.iterations).toBe(9);
		// d/dx x³ at 2 is 12: the caller's next first move starts from it.
		expect(result.slope).toBeCloseTo(12, 6);
		// A straight line: the finite difference finds its slope, so one move lands on the root.
		expect(solveIncreasingRoot((x) => 3 * x - 6, 0, 1e-6, -10)).toMatchObject({ iterations: 1 });
	});

	it('treats a zero slope as unknown (finite difference), like no slope at all', () => {
		const cubic = (x: number) => x * x * x - 8;
		expect(solveIncreasingRoot(cubic, 5, 1e-10, 0, 0)).toEqual(
			solveIncreasingRoot(cubic, 5, 1e-10, 0)
		);
	});

	it('uses a unit slope instead of an infinite one', () => {
		expect(solveIncreasingRoot((x) => x - 1, 0.5, 1e-12, -10, Infinity)).toEqual({
			root: 1,
			slope: 1,
			iterations: 1
		});
	});

	it('never evaluates at the lower bound itself, nor below a non-zero bound', () => {
		const visited: number[] = [];
		const { root } = solveIncreasingRoot(
			(x) => {
				visited.push(x);
				return x;
			},
			1,
			1e-12,
			0,
			1
		);
		// The first move lands exactly on the bound (0): it is replaced by the midpoint, 0.5.
		expect(visited[1]).toBe(0.5);
		expect(Math.min(...visited)).toBeGreaterThan(0);
		expect(root).toBeCloseTo(0, 9);

		const above: number[] = [];
		const shifted = solveIncreasingRoot(
			(x) => {
				above.push(x);
				return Math.log(x - 2) + 5;
			},
			3,
			1e-12,
			2,
			1
		);
		expect(Math.min(...above)).toBeGreaterThan(2);
		expect(shifted.root).toBeCloseTo(2 + Math.exp(-5), 9);
	});
});
