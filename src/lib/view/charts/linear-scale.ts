// The linear scale the charts need (map, nice domain, ticks), built on d3-array's tickIncrement and ticks: d3-scale's scaleLinear would bring d3-interpolate, d3-color and d3-format (~7 KB gzip) into the first visit.
import { tickIncrement, ticks } from 'd3-array';

export type Extent = readonly [number, number];

/** A linear map from `domain` to `range`, callable like d3-scale's, with the two methods the charts read. */
export interface LinearScale {
	(value: number): number;
	domain(): [number, number];
	range(): [number, number];
	/** d3's ticks: about `count` round values inside the domain. */
	ticks(count?: number): number[];
}

/** d3-scale's `nice(count)` for a two-value domain: widened to round values (at most 10 passes, as d3-scale). */
export function niceDomain([first, last]: Extent, count = 10): [number, number] {
	const reversed = last < first;
	let [start, stop] = reversed ? [last, first] : [first, last];
	let previous: number | undefined;
	for (let pass = 0; pass < 10; pass++) {
		const step = tickIncrement(start, stop, count);
		if (step === previous) return reversed ? [stop, start] : [start, stop];
		if (step > 0) {
			start = Math.floor(start / step) * step;
			stop = Math.ceil(stop / step) * step;
		} else if (step < 0) {
			start = Math.ceil(start * step) / step;
			stop = Math.floor(stop * step) / step;
		} else break;
		previous = step;
	}
	return [first, last];
}

/** A linear scale; a domain of one value maps everything to the middle of the range, as d3-scale does. */
export function linearScale(domain: Extent, range: Extent, { nice = false } = {}): LinearScale {
	const [d0, d1] = nice ? niceDomain(domain) : domain;
	const [r0, r1] = range;
	const span = d1 - d0;
	const scale = (value: number) =>
		r0 + (span ? (value - d0) / span : Number.isNaN(span) ? Number.NaN : 0.5) * (r1 - r0);
	scale.domain = (): [number, number] => [d0, d1];
	scale.range = (): [number, number] => [r0, r1];
	scale.ticks = (count = 10) => ticks(d0, d1, count);
	return scale;
}
