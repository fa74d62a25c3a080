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
		this.extendTowards(inputs, days);
		const result = this.points.slice();
		const state = this.state!;
		const rest = days - state.timeDays;
		if (rest > GRID_EPSILON) result.push(this.pointOf(advance(state, inputs, rest)));
		return result;
	}

	/**
	 * Computes the stretch `upTo(inputs, days)` needs until `deadline` (a `performance.now()` time), so that a long
	 * trajectory can be built a slice at a time between other work; true once `upTo` has nothing slow left to do.
	 */
	extendTowards(inputs: ModelInputs, days: number, deadline = Infinity): boolean {
		if (inputs !== this.inputs || !this.origin || !this.state) {
			this.inputs = inputs;
			this.origin = initialState(inputs);
			this.state = this.origin;
			this.points = [this.pointOf(this.origin)];
		}
		while (this.state.timeDays + this.everyDays <= days + GRID_EPSILON) {
			if (deadline !== Infinity && performance.now() >= deadline) return false;
			this.state = advance(this.state, inputs, this.everyDays);
			this.points.push(this.pointOf(this.state));
		}
		return true;
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
