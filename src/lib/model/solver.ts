/** A safeguarded Newton solver for the one increasing scalar equation the model solves each step. */

/** Largest number of Newton iterations; the model's equations converge in 1–4. */
const MAX_ITERATIONS = 40;

/**
 * Root of an increasing function `residual` near `start`, by Newton's method, kept above `lowerBound`.
 * `slopeAtLast`, when given, returns the slope at the point last passed to `residual` (saves an evaluation);
 * otherwise a finite difference is used. Returns the best estimate; callers recompute every amount from it,
 * so mass balance never depends on how closely the root is found.
 */
export function solveIncreasingRoot(
	residual: (x: number) => number,
	start: number,
	tolerance: number,
	lowerBound: number,
	slopeAtLast?: () => number
): number {
	let x = start;
	let value = residual(x);
	for (let iteration = 0; iteration < MAX_ITERATIONS && Math.abs(value) > tolerance; iteration++) {
		let slope: number;
		if (slopeAtLast) slope = slopeAtLast();
		else {
			const delta = 1e-6 * Math.max(1, Math.abs(x));
			slope = (residual(x + delta) - value) / delta;
		}
		let next = slope > 0 ? x - value / slope : x - value;
		if (!(next > lowerBound)) next = (x + lowerBound) / 2;
		x = next;
		value = residual(x);
	}
	return x;
}
