// A bounded record of the run's outcomes over model time, thinned as it grows so charts stay cheap.
export interface HistoryPoint {
	day: number;
	boneMineralChangePct: number;
	arterialCalciumIndex: number;
}

/** A range over time, e.g. an outcome at the size trials found. */
export interface BandPoint {
	day: number;
	low: number;
	high: number;
}

const MAX_POINTS = 1200;

export class OutcomeHistory {
	points: HistoryPoint[] = [];
	private intervalDays = 1;

	/** Whether a point at `day` would be recorded (lets callers skip computing it). */
	isDue(day: number): boolean {
		const last = this.points.at(-1);
		return !last || day - last.day >= this.intervalDays;
	}

	/** Records a point when at least the sampling interval has passed since the last one. */
	record(point: HistoryPoint): boolean {
		if (!this.isDue(point.day)) return false;
		this.points.push(point);
		if (this.points.length > MAX_POINTS) {
			this.points = this.points.filter((_, index) => index % 2 === 0);
			this.intervalDays *= 2;
		}
		return true;
	}

	clear(first: HistoryPoint): void {
		this.points = [first];
		this.intervalDays = 1;
	}
}
