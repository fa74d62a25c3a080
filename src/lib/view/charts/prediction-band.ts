// Geometry of a prediction on a history chart: a wedge from 0 at the start to the predicted range one year later.
import type { ChartPrediction } from '$lib/sim/classroom.svelte';
import { DAYS_PER_YEAR } from '$lib/sim/time-format';
import type { chartScales, Point } from './chart-geometry';

/** Points the value axis must include so the band shows: its finite ends, and past an open end half as far again. */
export function predictionExtent(band: ChartPrediction | null | undefined): Point[] {
	if (!band) return [];
	const ends = [band.low, band.high].map((value) =>
		Number.isFinite(value) ? value : 1.5 * (value > 0 ? band.low : band.high)
	);
	return ends.map((value) => ({ day: band.day, value }));
}

/** The wedge as an SVG path; an open end (±Infinity) reaches the edge of the plot. */
export function predictionPath(
	band: ChartPrediction,
	scales: ReturnType<typeof chartScales>
): string {
	const [bottom, top] = scales.y.range();
	const y = (value: number) =>
		Number.isFinite(value) ? scales.y(value) : value > 0 ? top : bottom;
	const x0 = scales.x(0);
	const x1 = scales.x(band.day / DAYS_PER_YEAR);
	const y0 = scales.y(0);
	return `M${x0},${y0}L${x1},${y(band.low)}L${x1},${y(band.high)}Z`;
}
