// A fixed pool of calcium ions travelling along flux routes: typed arrays, no allocation per frame.

export interface RouteRates {
	/** Ions to emit per second on each route. */
	perSecond: Float32Array;
}

export class ParticlePool {
	readonly capacity: number;
	readonly route: Uint8Array;
	readonly progress: Float32Array;
	readonly speed: Float32Array;
	readonly jitter: Float32Array;
	liveCount = 0;
	private readonly emitDebt: Float32Array;
	private seed = 12345;

	constructor(capacity: number, routeCount: number) {
		this.capacity = capacity;
		this.route = new Uint8Array(capacity);
		this.progress = new Float32Array(capacity);
		this.speed = new Float32Array(capacity);
		this.jitter = new Float32Array(capacity);
		this.emitDebt = new Float32Array(routeCount);
	}

	/** A small deterministic pseudo-random source (reproducible pictures and tests). */
	private random(): number {
		this.seed = (this.seed * 1664525 + 1013904223) >>> 0;
		return this.seed / 4294967296;
	}

	/** Moves every ion along its route, retires arrivals, then emits new ions at each route's rate. */
	update(seconds: number, rates: Float32Array, travelSeconds: number): void {
		let write = 0;
		for (let read = 0; read < this.liveCount; read++) {
			const next = this.progress[read] + seconds * this.speed[read];
			if (next >= 1) continue;
			this.route[write] = this.route[read];
			this.progress[write] = next;
			this.speed[write] = this.speed[read];
			this.jitter[write] = this.jitter[read];
			write++;
		}
		this.liveCount = write;
		for (let route = 0; route < rates.length; route++) {
			this.emitDebt[route] += rates[route] * seconds;
			while (this.emitDebt[route] >= 1) {
				this.emitDebt[route] -= 1;
				this.spawn(route, travelSeconds);
			}
		}
	}

	/** Fills the pool to its steady population at once, spread along the routes (used when motion starts). */
	prefill(rates: Float32Array, travelSeconds: number): void {
		this.liveCount = 0;
		for (let route = 0; route < rates.length; route++) {
			const count = Math.round(rates[route] * travelSeconds);
			for (let index = 0; index < count; index++) this.spawn(route, travelSeconds, this.random());
		}
	}

	private spawn(route: number, travelSeconds: number, progress = 0): void {
		if (this.liveCount >= this.capacity) return;
		const index = this.liveCount++;
		this.route[index] = route;
		this.progress[index] = progress;
		this.speed[index] = (0.8 + 0.4 * this.random()) / travelSeconds;
		this.jitter[index] = this.random() * 2 - 1;
	}
}
