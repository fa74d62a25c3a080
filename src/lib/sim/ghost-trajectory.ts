// The charts' ghost line: where the run's starting inputs lead, extended as the horizon grows instead of re-run from day 0 each time.
import { advance, initialState, snapshotOf, type ModelInputs, type ModelState } from '$lib/model';
import type { HistoryPoint } from './history';

const GRID_EPSILON = 1e-9;

export class GhostTrajectory {
	private inputs: ModelInputs | undefined;
	private origin: ModelState | undefined;
	private state: ModelState | undefined;
	private points: HistoryPoint[] = [];

	constructor(private readonly everyDays = 5) {}

	/**
	 * Points every `everyDays` from day 0 up to `days`, the last one at `days` exactly: the same as
	 * `simulate(inputs, { days, every })`, but only the new stretch is computed when `days` grows.
	 * New `inputs` (a different object) start again from day 0.
	 */
	upTo(inputs: ModelInputs, days: number): HistoryPoint[] {
		if (inputs !== this.inputs || !this.origin || !this.state) {
			this.inputs = inputs;
			this.origin = initialState(inputs);
			this.state = this.origin;
			this.points = [this.pointOf(this.origin)];
		}
		while (this.state.timeDays + this.everyDays <= days + GRID_EPSILON) {
			this.state = advance(this.state, inputs, this.everyDays);
			this.points.push(this.pointOf(this.state));
		}
		const result = this.points.slice();
		const rest = days - this.state.timeDays;
		if (rest > GRID_EPSILON) result.push(this.pointOf(advance(this.state, inputs, rest)));
		return result;
	}

	private pointOf(state: ModelState): HistoryPoint {
		const snapshot = snapshotOf(state, this.inputs!, this.origin!);
		return {
			day: snapshot.day,
			boneMineralChangePct: snapshot.boneMineralChangePct,
			arterialCalciumIndex: snapshot.arterialCalciumIndex
		};
	}
}
