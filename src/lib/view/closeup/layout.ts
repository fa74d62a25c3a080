// The close-up's geometry in SVG units: the only place in the close-up that knows pixels.
/**
 * Smallest label size (SVG units). Each diagram is 340 units wide and never drawn narrower than ~320 px
 * (a 375 px phone), so labels stay at 12 px or more on screen.
 */
export const LABEL_SIZE = 13;
/** Characters of a label at `size` that fit in `width` units (a generous average glyph width, so wrapped text never overflows). */
export const charsFitting = (width: number, size = LABEL_SIZE) =>
	Math.max(1, Math.floor(width / (size * 0.6)));

export const DIAGRAM_WIDTH = 340;

export interface Box {
	/** Centre. */
	x: number;
	y: number;
	width: number;
	height: number;
}

/**
 * The vitamin K cycle as a loop of four stations (reduced K → carboxylase → epoxide → VKORC1 → reduced K),
 * and beneath it what the carboxylase does to one Glu site.
 */
export const cycle = {
	height: 300,
	reduced: { x: 80, y: 44, width: 140, height: 46 },
	carboxylase: { x: 260, y: 44, width: 140, height: 76 },
	epoxide: { x: 260, y: 150, width: 140, height: 46 },
	vkorc1: { x: 80, y: 150, width: 140, height: 46 },
	/** Arrows between the stations, in loop order; the last one is VKORC1's return, which warfarin blocks. */
	arrows: [
		{ from: { x: 150, y: 44 }, to: { x: 188, y: 44 } },
		{ from: { x: 260, y: 82 }, to: { x: 260, y: 125 } },
		{ from: { x: 190, y: 150 }, to: { x: 152, y: 150 } },
		{ from: { x: 80, y: 127 }, to: { x: 80, y: 69 } }
	],
	blockedMark: { x: 80, y: 98, radius: 9, labelX: 96 },
	reaction: {
		headingY: 208,
		y: 244,
		radius: 17,
		before: 70,
		after: 262,
		single: 170,
		arrow: { from: 98, to: 232 },
		captionY: 285,
		co2From: { x: 56, y: 226 },
		ion: { x: 284, y: 228, radius: 6 }
	}
} as const;

/** Ten protein molecules: inactive ones float, active ones dock on the mineral below. */
export const proteins = {
	height: 220,
	slotWidth: 31,
	firstSlotX: 30.5,
	body: { width: 26, height: 30, radius: 7 },
	floatTop: 66,
	dockTop: 106,
	surfaceTop: 150,
	residueRadius: 2.6,
	ionRadius: 3.6,
	cell: { x: 44, y: 26, rx: 36, ry: 17 },
	cellLabelX: 92
} as const;

/** Centre x of molecule slot `index`. */
export const slotX = (index: number) => proteins.firstSlotX + index * proteins.slotWidth;

/** Residue offsets along a molecule's lower edge, centred: 3 for osteocalcin, 5 for MGP. */
export function residueOffsets(count: number): number[] {
	const spacing = count > 3 ? 4.8 : 7;
	return Array.from({ length: count }, (_, index) => (index - (count - 1) / 2) * spacing);
}

/** The gut wall under vitamin D: the D3 → 25(OH)D → calcitriol chain above, two cells between gut and blood. */
export const gut = {
	height: 336,
	chain: { y: 26, width: 98, height: 32, centres: [54, 170, 286], organY: 72 },
	lumen: { top: 84, bottom: 116 },
	cells: { top: 116, bottom: 292 },
	activeCell: { left: 8, right: 222 },
	passiveCell: { left: 240, right: 332 },
	blood: { top: 292, bottom: 332 },
	route: { x: 36, labelX: 58 },
	passiveX: 231,
	gate: { doorWidth: 12, doorHeight: 12, maxShift: 9 },
	calbindin: { y: 174, width: 34, height: 18 },
	pump: { y: 292, radius: 9 },
	labels: { gate: 137, routeName: 226, pump: 279 }
} as const;

/** Stroke width of a route arrow for a share of the calcium passing through (0–1). */
export const routeWidth = (share: number) => 1.5 + 26 * Math.min(0.7, Math.max(0, share));

/** A downward arrowhead for a route line of `width` ending at (x, y). */
export function routeHead(x: number, y: number, width: number): string {
	const half = width / 2 + 5;
	return `M ${x - half} ${y - half} L ${x + half} ${y - half} L ${x} ${y + 2} Z`;
}
