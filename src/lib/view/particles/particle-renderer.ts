// Draws the ion pool into a pixel buffer at device resolution (sharp on high-DPI screens) and puts back only the routes' areas.
import { pointAt, SAMPLES, type PathTable } from './bezier';
import {
	buildIonSprites,
	fadeStep,
	ionPresence,
	spriteHalfSize,
	type IonSprite
} from './ion-sprites';
import type { ParticlePool } from './particle-pool';

/** A rectangle in device pixels. */
interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export class ParticleRenderer {
	private readonly point = new Float32Array(2);
	private scale = 1;
	private sprites: IonSprite[] = [];
	private image: ImageData | undefined;
	private pixels = new Uint32Array(0);
	private boxes: Box[] = [];

	constructor(
		private readonly context: CanvasRenderingContext2D,
		private readonly tables: readonly PathTable[],
		/** 1 for each route whose calcium settles (bone, artery wall): its ions fade slowly into the tissue. */
		private readonly settles: Uint8Array,
		private readonly sceneWidth: number,
		private readonly sceneHeight: number,
		/** The widest a route's ions spread from its centre line, in scene units. */
		private readonly maxHalfWidth: number
	) {}

	/** Matches the canvas backing store to its CSS size × device pixel ratio; redraws the sprites at that scale. */
	resize(
		cssWidth: number,
		cssHeight: number,
		devicePixelRatio: number,
		fill: string,
		outline: string
	): void {
		const canvas = this.context.canvas;
		canvas.width = Math.max(1, Math.round(cssWidth * devicePixelRatio));
		canvas.height = Math.max(1, Math.round(cssHeight * devicePixelRatio));
		// The SVG keeps its aspect ratio, so one scale serves both axes.
		this.scale = Math.min(canvas.width / this.sceneWidth, canvas.height / this.sceneHeight);
		this.sprites = buildIonSprites(this.scale, fill, outline);
		this.image = this.context.createImageData(canvas.width, canvas.height);
		this.pixels = new Uint32Array(this.image.data.buffer);
		this.boxes = this.tables.map((table) => this.routeBox(table));
	}

	/** The device-pixel box a route's ions can reach: its curve, widened by the spread and a sprite. */
	private routeBox(table: PathTable): Box {
		const canvas = this.context.canvas;
		const margin = (this.maxHalfWidth + 1) * this.scale + spriteHalfSize(this.scale);
		let left = Infinity;
		let top = Infinity;
		let right = -Infinity;
		let bottom = -Infinity;
		for (let index = 0; index <= SAMPLES; index++) {
			left = Math.min(left, table.points[index * 2]);
			right = Math.max(right, table.points[index * 2]);
			top = Math.min(top, table.points[index * 2 + 1]);
			bottom = Math.max(bottom, table.points[index * 2 + 1]);
		}
		const x = Math.max(0, Math.floor(left * this.scale - margin));
		const y = Math.max(0, Math.floor(top * this.scale - margin));
		const width = Math.min(canvas.width, Math.ceil(right * this.scale + margin)) - x;
		const height = Math.min(canvas.height, Math.ceil(bottom * this.scale + margin)) - y;
		return { x, y, width: Math.max(0, width), height: Math.max(0, height) };
	}

	/** Draws every live ion; `halfWidths` spreads each route's ions across its arrow's width. */
	draw(pool: ParticlePool, halfWidths: Float32Array): void {
		this.clear();
		this.drawIons(pool, halfWidths, 0, pool.liveCount);
		this.present();
	}

	/** Empties the routes' areas of the pixel buffer (the rest of it is never drawn on). */
	clear(): void {
		const { image, pixels, boxes } = this;
		if (!image) return;
		for (const box of boxes) {
			for (let row = box.y; row < box.y + box.height; row++)
				pixels.fill(0, row * image.width + box.x, row * image.width + box.x + box.width);
		}
	}

	/** Draws the live ions from index `from` up to (not including) `to` into the pixel buffer. */
	drawIons(pool: ParticlePool, halfWidths: Float32Array, from: number, to: number): void {
		const { image, pixels, point, scale, settles, sprites } = this;
		if (!image || sprites.length === 0) return;
		const width = image.width;
		const height = image.height;
		const alphas = image.data;
		for (let index = from; index < Math.min(to, pool.liveCount); index++) {
			const progress = pool.progress[index];
			const route = pool.route[index];
			const presence = ionPresence(progress, settles[route] === 1);
			if (presence <= 0) continue;
			pointAt(
				this.tables[route],
				progress,
				point,
				pool.jitter[index] * Math.min(halfWidths[route], this.maxHalfWidth)
			);
			const centreX = Math.round(point[0] * scale);
			const centreY = Math.round(point[1] * scale);
			const sprite = sprites[fadeStep(presence)];
			for (let pixel = 0; pixel < sprite.rgba.length; pixel++) {
				const x = centreX + sprite.dx[pixel];
				const y = centreY + sprite.dy[pixel];
				if (x < 0 || y < 0 || x >= width || y >= height) continue;
				const target = y * width + x;
				// Where ions overlap, the more opaque pixel wins: no blending needed, and edges stay clean.
				if (sprite.alpha[pixel] > alphas[target * 4 + 3]) pixels[target] = sprite.rgba[pixel];
			}
		}
	}

	/**
	 * Puts one pixel of a new, still empty pixel buffer on the canvas. A canvas's first put allocates its pixels
	 * (4–6 ms at full speed, measured), so a first frame can pay that in a task of its own, before it is presented.
	 */
	prepareCanvas(): void {
		if (this.image) this.context.putImageData(this.image, 0, 0, 0, 0, 1, 1);
	}

	/** Puts the routes' areas of the pixel buffer on the canvas. */
	present(): void {
		const { image, boxes } = this;
		if (!image || this.sprites.length === 0) return;
		for (const box of boxes) {
			if (box.width > 0 && box.height > 0)
				this.context.putImageData(image, 0, 0, box.x, box.y, box.width, box.height);
		}
	}
}
