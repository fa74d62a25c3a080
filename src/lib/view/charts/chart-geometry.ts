// Pure chart geometry with d3 modules (d3-array's ticks, d3-shape's paths): no DOM, so Svelte renders every element.
import { extent } from 'd3-array';
import { area, line } from 'd3-shape';
import { linearScale } from './linear-scale';
import type { BandPoint } from '$lib/sim/history';
import { DAYS_PER_YEAR } from '$lib/sim/time-format';

export interface ChartFrame {
	width: number;
	height: number;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export const chartFrame: ChartFrame = {
	width: 400,
	height: 140,
	left: 40,
	right: 10,
	top: 10,
	bottom: 22
};

export type Point = { day: number; value: number };
export type { BandPoint } from '$lib/sim/history';

/** Scales for a chart; the value axis spans at least `minSpan` so that rounding noise never fills it. */
export function chartScales(
	points: Point[],
	ghost: Point[],
	horizonDays: number,
	minSpan: number,
	band: BandPoint[] = [],
	frame = chartFrame
) {
	const bandValues = band.flatMap((p) => [
		{ day: p.day, value: p.low },
		{ day: p.day, value: p.high }
	]);
	const [low = 0, high = 0] = extent(
		[...points, ...ghost, ...bandValues, { day: 0, value: 0 }],
		(p) => p.value
	);
	const pad = Math.max((high - low) * 0.1, (minSpan - (high - low)) / 2, 0);
	const y = linearScale([low - pad, high + pad], [frame.height - frame.bottom, frame.top], {
		nice: true
	});
	const x = linearScale([0, horizonDays / DAYS_PER_YEAR], [frame.left, frame.width - frame.right]);
	return { x, y };
}

export function linePath(points: Point[], scales: ReturnType<typeof chartScales>): string {
	const path = line<Point>()
		.x((p) => scales.x(p.day / DAYS_PER_YEAR))
		.y((p) => scales.y(p.value))
		.defined((p) => Number.isFinite(p.value));
	return path(points) ?? '';
}

export function bandPath(band: BandPoint[], scales: ReturnType<typeof chartScales>): string {
	const shape = area<BandPoint>()
		.x((p) => scales.x(p.day / DAYS_PER_YEAR))
		.y0((p) => scales.y(p.low))
		.y1((p) => scales.y(p.high));
	return shape(band) ?? '';
}

/** Year ticks for the time axis: at most ~6, whole years. */
export function yearTicks(horizonDays: number): number[] {
	const years = Math.round(horizonDays / DAYS_PER_YEAR);
	const every = Math.max(1, Math.ceil(years / 6));
	const ticks: number[] = [];
	for (let year = 0; year <= years; year += every) ticks.push(year);
	return ticks;
}
