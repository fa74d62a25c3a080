// The scene's geometry: where each organ sits and how each calcium flux is drawn; the only place that knows pixels.

export const sceneSize = { width: 640, height: 420 };

export type FluxId =
	| 'intake'
	| 'absorption'
	| 'secretion'
	| 'faecal'
	| 'boneFormation'
	| 'boneResorption'
	| 'arterialDeposition'
	| 'urine';

export interface FluxGeometry {
	id: FluxId;
	/** SVG path from source to destination. */
	path: string;
	/** Where the label sits, and its text anchor. */
	label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export const organs = {
	gut: { x: 30, y: 250, width: 200, height: 120 },
	blood: { x: 200, y: 160, width: 240, height: 56 },
	bone: { x: 452, y: 40, width: 160, height: 84 },
	artery: { x: 472, y: 176, width: 150, height: 64 },
	kidneys: { x: 330, y: 298, width: 110, height: 70 }
} as const;

/** Where the two protein meters sit (their label is drawn just above). */
export const meters = {
	osteocalcin: { x: 458, y: 18 },
	mgp: { x: 478, y: 300 }
} as const;

export const fluxGeometry: readonly FluxGeometry[] = [
	{
		id: 'intake',
		path: 'M 40 60 C 40 140, 60 200, 80 246',
		label: { x: 70, y: 120, anchor: 'start' }
	},
	{
		id: 'absorption',
		path: 'M 196 248 C 206 230, 220 222, 246 218',
		label: { x: 188, y: 206, anchor: 'end' }
	},
	{
		id: 'secretion',
		path: 'M 300 220 C 290 246, 262 262, 234 268',
		// Below the arrow's end, clear of the urine label: "vuelve al intestino" is the longest name here.
		label: { x: 244, y: 282, anchor: 'start' }
	},
	{
		id: 'faecal',
		path: 'M 100 372 C 100 386, 100 396, 100 412',
		label: { x: 112, y: 396, anchor: 'start' }
	},
	{
		id: 'boneFormation',
		path: 'M 396 158 C 410 130, 430 104, 466 96',
		label: { x: 392, y: 112, anchor: 'end' }
	},
	{
		id: 'boneResorption',
		path: 'M 548 126 C 530 150, 480 176, 444 180',
		// Ends at the right edge, so longer names ("sale del hueso") grow leftwards and are not clipped.
		label: { x: 636, y: 146, anchor: 'end' }
	},
	{
		id: 'arterialDeposition',
		path: 'M 442 200 C 452 204, 462 208, 474 210',
		label: { x: 472, y: 256, anchor: 'start' }
	},
	{
		id: 'urine',
		path: 'M 380 218 C 382 246, 384 270, 386 294',
		label: { x: 394, y: 250, anchor: 'start' }
	}
];

/** Flux sizes (mg/day) the arrow widths span; larger fluxes are drawn at the widest. */
const FLUX_DOMAIN_MG = 1200;
/** Narrowest and widest arrow (px in the 640 × 420 drawing). */
const FLUX_WIDTH_RANGE: [number, number] = [1.5, 22];

/**
 * Stroke width of a flux arrow from its size in mg/day (area-like: a square-root scale clamped to 0–1,200 mg/day).
 * Written out rather than d3-scale's `scaleSqrt`, which would bring d3-interpolate, d3-color and d3-format (~7 KB
 * gzip) into the embed's first load for this one line; `layout.test.ts` checks it gives what `scaleSqrt` gives.
 */
export const fluxWidth = Object.assign(
	(mgPerDay: number) => {
		const [narrowest, widest] = FLUX_WIDTH_RANGE;
		const clamped = Math.min(Math.max(mgPerDay, 0), FLUX_DOMAIN_MG);
		return narrowest + Math.sqrt(clamped / FLUX_DOMAIN_MG) * (widest - narrowest);
	},
	{ range: (): [number, number] => [...FLUX_WIDTH_RANGE] }
);

/** How many of the bone's trabecular struts are drawn: changes are exaggerated tenfold so they can be seen. */
export const BONE_CHANGE_EXAGGERATION = 10;

export function visibleStrutCount(totalStruts: number, boneMineralChangePct: number): number {
	if (!Number.isFinite(boneMineralChangePct)) return totalStruts;
	const share = 0.7 * (1 + (BONE_CHANGE_EXAGGERATION * boneMineralChangePct) / 100);
	return Math.round(totalStruts * Math.min(1, Math.max(0.1, share)));
}

/** How many calcified spots the artery wall shows for a relative calcification index. */
export function calcifiedSpotCount(arterialCalciumIndex: number, maxSpots: number): number {
	if (!Number.isFinite(arterialCalciumIndex) || arterialCalciumIndex <= 0) return 0;
	return Math.min(maxSpots, Math.ceil(arterialCalciumIndex * 3));
}
