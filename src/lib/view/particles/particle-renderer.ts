// Draws the ion pool on a 2D canvas in scene coordinates, sharp on high-DPI screens; one path, one fill, per frame.
import { pointAt, type PathTable } from './bezier';
import type { ParticlePool } from './particle-pool';

const ION_RADIUS = 1.8;

export class ParticleRenderer {
	private readonly point = new Float32Array(2);
	private scaleX = 1;
	private scaleY = 1;

	constructor(
		private readonly context: CanvasRenderingContext2D,
		private readonly tables: readonly PathTable[],
		private readonly sceneWidth: number,
		private readonly sceneHeight: number
	) {}

	/** Matches the canvas backing store to its CSS size × device pixel ratio. */
	resize(cssWidth: number, cssHeight: number, devicePixelRatio: number): void {
		const canvas = this.context.canvas;
		canvas.width = Math.max(1, Math.round(cssWidth * devicePixelRatio));
		canvas.height = Math.max(1, Math.round(cssHeight * devicePixelRatio));
		this.scaleX = canvas.width / this.sceneWidth;
		this.scaleY = canvas.height / this.sceneHeight;
	}

	/** Draws every live ion; `halfWidths` spreads each route's ions across its arrow's width. */
	draw(pool: ParticlePool, halfWidths: Float32Array, fill: string, outline: string): void {
		const { context, point } = this;
		context.setTransform(1, 0, 0, 1, 0, 0);
		context.clearRect(0, 0, context.canvas.width, context.canvas.height);
		context.setTransform(this.scaleX, 0, 0, this.scaleY, 0, 0);
		context.beginPath();
		for (let index = 0; index < pool.liveCount; index++) {
			const progress = pool.progress[index];
			const route = pool.route[index];
			pointAt(this.tables[route], progress, point, pool.jitter[index] * halfWidths[route]);
			const radius = progress > 0.9 ? ION_RADIUS * (1 - progress) * 10 : ION_RADIUS;
			const x = point[0];
			const y = point[1];
			context.moveTo(x + radius, y);
			context.arc(x, y, radius, 0, Math.PI * 2);
		}
		context.fillStyle = fill;
		context.fill();
		context.lineWidth = 0.7;
		context.strokeStyle = outline;
		context.stroke();
	}
}
