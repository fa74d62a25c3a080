// The ion drawn once per fade step at device resolution, kept as lists of pixels to copy (no canvas call per ion).

export const ION_RADIUS = 1.8;
const OUTLINE_WIDTH = 0.7;
/** Sprites from a full ion (0) to a nearly vanished one (FADE_STEPS − 1). */
export const FADE_STEPS = 8;
/** Share of the route over which an ion fades in at its source. */
const EMERGE_SHARE = 0.04;
/** Share of the route over which an ion fades out: long where calcium settles into bone or artery, short where it passes on. */
const SETTLE_SHARE = 0.3;
const ARRIVE_SHARE = 0.1;

/** How much of an ion is still visible (0–1) at `progress` along its route. */
export function ionPresence(progress: number, settles: boolean): number {
	const leaving = (1 - progress) / (settles ? SETTLE_SHARE : ARRIVE_SHARE);
	const arriving = progress / EMERGE_SHARE;
	return Math.max(0, Math.min(1, leaving, arriving));
}

/** The sprite to use for a presence (0–1). */
export function fadeStep(presence: number): number {
	return Math.min(FADE_STEPS - 1, Math.floor((1 - presence) * FADE_STEPS));
}

/** One sprite: its non-transparent pixels as offsets from the ion's centre, with their packed RGBA and alpha. */
export interface IonSprite {
	dx: Int16Array;
	dy: Int16Array;
	rgba: Uint32Array;
	alpha: Uint8Array;
}

/** Half the side of the square every sprite fits in, in device pixels. */
export function spriteHalfSize(scale: number): number {
	return Math.ceil((ION_RADIUS + OUTLINE_WIDTH) * scale) + 1;
}

/** Renders the FADE_STEPS sprites with the 2D canvas (antialiased) and reads back their pixels. */
export function buildIonSprites(scale: number, fill: string, outline: string): IonSprite[] {
	const half = spriteHalfSize(scale);
	const size = half * 2;
	const canvas = document.createElement('canvas');
	canvas.width = size * FADE_STEPS;
	canvas.height = size;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return [];
	for (let step = 0; step < FADE_STEPS; step++) {
		const presence = 1 - step / FADE_STEPS;
		context.globalAlpha = presence;
		context.beginPath();
		context.arc(
			step * size + half,
			half,
			ION_RADIUS * scale * (0.45 + 0.55 * presence),
			0,
			Math.PI * 2
		);
		context.fillStyle = fill;
		context.fill();
		context.lineWidth = OUTLINE_WIDTH * scale;
		context.strokeStyle = outline;
		context.stroke();
	}
	const image = context.getImageData(0, 0, canvas.width, size);
	const packed = new Uint32Array(image.data.buffer);
	return Array.from({ length: FADE_STEPS }, (_, step) => {
		const dx: number[] = [];
		const dy: number[] = [];
		const rgba: number[] = [];
		const alpha: number[] = [];
		for (let y = 0; y < size; y++) {
			for (let x = 0; x < size; x++) {
				const index = y * canvas.width + step * size + x;
				const a = image.data[index * 4 + 3];
				if (a === 0) continue;
				dx.push(x - half);
				dy.push(y - half);
				rgba.push(packed[index]);
				alpha.push(a);
			}
		}
		return {
			dx: Int16Array.from(dx),
			dy: Int16Array.from(dy),
			rgba: Uint32Array.from(rgba),
			alpha: Uint8Array.from(alpha)
		};
	});
}
