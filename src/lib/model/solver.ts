/** A safeguarded secant solver for the one increasing scalar equation the model solves each step. */

/** Largest number of iterations; the model's equations converge in 2–5. */
export const MAX_ITERATIONS = 40;

/**
 * Root of an increasing function `residual` near `start`, kept above `lowerBound`. The first move uses
 * `initialSlope` when given (e.g. the slope found at the previous step), otherwise a finite difference; later
 * moves use the secant through the last two points. A non-positive or non-finite slope falls back to a unit
 * slope, and a move at or below `lowerBound` is replaced by halving the distance to it. Returns the best
 * estimate; callers recompute every amount from it, so mass balance never depends on how closely the root is found.
 */
export function solveIncreasingRoot(
	residual: (x: number) => number,
	start: number,
	tolerance: number,
	lowerBound: number,
	initialSlope?: number
): { root: number; slope: number; iterations: number } {
	let x = start;
	let value = residual(x);
	let slope = initialSlope ?? Number.NaN;
	if (!(slope > 0) && Math.abs(value) > tolerance) {
		const delta = 1e-6 * Math.max(1, Math.abs(x));
		slope = (residual(x + delta) - value) / delta;
	}
	let iterations = 0;
	while (iterations < MAX_ITERATIONS && Math.abs(value) > tolerance) {
		iterations++;
		const usable = slope > 0 && Number.isFinite(slope) ? slope : 1;
		let next = x - value / usable;
		if (!(next > lowerBound)) next = (x + lowerBound) / 2;
		const nextValue = residual(next);
		if (next !== x) slope = (nextValue - value) / (next - x);
		x = next;
		value = nextValue;
	}
	return { root: x, slope, iterations };
}
