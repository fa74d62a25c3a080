// The model's own uncertainty over a run: the low and high assumptions advanced alongside the central run, kept as bands.
import { advance, snapshotOf, type ModelInputs, type ModelState } from '$lib/model';
import type { BandPoint, HistoryPoint } from './history';

/** Low and high runs beside the central one; their band points stay aligned with the history's points. */
export class AssumptionBandRuns {
	bone: BandPoint[] = [];
	artery: BandPoint[] = [];
	private low: ModelState;
	private high: ModelState;
	private origin: ModelState;

	constructor(origin: ModelState) {
		this.origin = origin;
		this.low = origin;
		this.high = origin;
	}

	/** Back to one origin (time zero). */
	reset(origin: ModelState): void {
		this.origin = origin;
		this.low = origin;
		this.high = origin;
		this.bone = [];
		this.artery = [];
	}

	/** Advances both runs by `days` under `inputs` (same step grid as the central run). */
	advance(inputs: ModelInputs, days: number): void {
		this.low = advance(this.low, inputs, days, undefined, 'low');
		this.high = advance(this.high, inputs, days, undefined, 'high');
	}

	/** Adds the band point for the central `point` just recorded; thins as the history did (it keeps `historyLength` points). */
	record(inputs: ModelInputs, point: HistoryPoint, historyLength: number): void {
		const low = snapshotOf(this.low, inputs, this.origin, 'low');
		const high = snapshotOf(this.high, inputs, this.origin, 'high');
		const span = (a: number, b: number, c: number) => ({
			day: point.day,
			low: Math.min(a, b, c),
			high: Math.max(a, b, c)
		});
		this.bone.push(
			span(low.boneMineralChangePct, point.boneMineralChangePct, high.boneMineralChangePct)
		);
		this.artery.push(
			span(low.arterialCalciumIndex, point.arterialCalciumIndex, high.arterialCalciumIndex)
		);
		while (this.bone.length > historyLength) {
			this.bone = this.bone.filter((_, index) => index % 2 === 0);
			this.artery = this.artery.filter((_, index) => index % 2 === 0);
		}
	}
}
