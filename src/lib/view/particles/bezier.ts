// Samples the scene's flux paths (one cubic Bézier each: "M x y C x1 y1, x2 y2, x y") into lookup tables for the particles.

export interface PathTable {
	/** Interleaved x, y of SAMPLES + 1 points along the curve. */
	points: Float32Array;
	/** Interleaved unit normals (perpendicular to the curve) at the same samples. */
	normals: Float32Array;
}

export const SAMPLES = 48;

/** Parses a single-segment cubic path; returns undefined for anything else. */
export function parseCubic(path: string): number[] | undefined {
	const numbers = path.match(/-?\d+(\.\d+)?/g)?.map(Number);
	if (!/^\s*M[^C]*C[^C]*$/i.test(path) || !numbers || numbers.length !== 8) return undefined;
	return numbers;
}

/** Points along a cubic Bézier at evenly spaced parameter values. */
export function tabulateCubic([x0, y0, x1, y1, x2, y2, x3, y3]: number[]): PathTable {
	const points = new Float32Array((SAMPLES + 1) * 2);
	const normals = new Float32Array((SAMPLES + 1) * 2);
	for (let index = 0; index <= SAMPLES; index++) {
		const t = index / SAMPLES;
		const u = 1 - t;
		const a = u * u * u;
		const b = 3 * u * u * t;
		const c = 3 * u * t * t;
		const d = t * t * t;
		points[index * 2] = a * x0 + b * x1 + c * x2 + d * x3;
		points[index * 2 + 1] = a * y0 + b * y1 + c * y2 + d * y3;
		const dx = 3 * u * u * (x1 - x0) + 6 * u * t * (x2 - x1) + 3 * t * t * (x3 - x2);
		const dy = 3 * u * u * (y1 - y0) + 6 * u * t * (y2 - y1) + 3 * t * t * (y3 - y2);
		const length = Math.hypot(dx, dy) || 1;
		normals[index * 2] = -dy / length;
		normals[index * 2 + 1] = dx / length;
	}
	return { points, normals };
}

/**
 * Reads the point at progress t ∈ [0, 1], shifted sideways by `offset` along the normal, into out[0], out[1]
 * (linear interpolation, no allocation).
 */
export function pointAt(table: PathTable, t: number, out: Float32Array, offset = 0): void {
	const position = Math.min(SAMPLES, Math.max(0, t * SAMPLES));
	const index = Math.min(SAMPLES - 1, Math.floor(position));
	const fraction = position - index;
	const p = table.points;
	const n = table.normals;
	out[0] = p[index * 2] + (p[index * 2 + 2] - p[index * 2]) * fraction + n[index * 2] * offset;
	out[1] =
		p[index * 2 + 1] + (p[index * 2 + 3] - p[index * 2 + 1]) * fraction + n[index * 2 + 1] * offset;
}
