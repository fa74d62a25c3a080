// Runs side by side on the charts: a pinned reference (settings kept while the student tries others) and the preview of where the current settings lead from now.
import type { RunPoint } from '$lib/describe';
import { advance, initialState, snapshotOf, type ModelInputs, type ModelState } from '$lib/model';
import { GhostTrajectory } from './ghost-trajectory';
import type { HistoryPoint } from './history';

/** What the comparison needs from the running simulation (kept narrow so it can be tested without the clock). */
export interface ComparedRun {
	readonly inputs: ModelInputs;
	readonly startInputs: ModelInputs;
	readonly modelState: ModelState;
	readonly origin: ModelState;
	readonly horizonDays: number;
	readonly playing: boolean;
	readonly ghost: HistoryPoint[];
}

/** Days between preview points: 5 keeps a 10-year preview to ~730 points. */
const PREVIEW_EVERY_DAYS = 5;

/** Where `inputs` lead from `state` up to `untilDays` (a point every PREVIEW_EVERY_DAYS), measured against `origin`. */
export function projectFrom(
	state: ModelState,
	inputs: ModelInputs,
	origin: ModelState,
	untilDays: number
): HistoryPoint[] {
	const pointOf = (current: ModelState): HistoryPoint => {
		const { day, boneMineralChangePct, arterialCalciumIndex } = snapshotOf(current, inputs, origin);
		return { day, boneMineralChangePct, arterialCalciumIndex };
	};
	const points = [pointOf(state)];
	let current = state;
	while (current.timeDays < untilDays - 1e-9) {
		current = advance(current, inputs, Math.min(PREVIEW_EVERY_DAYS, untilDays - current.timeDays));
		points.push(pointOf(current));
	}
	return points;
}

export class Comparison {
	/** The pinned settings, drawn from day 0 as a reference line, or null. */
	pinnedInputs = $state.raw<ModelInputs | null>(null);
	private readonly pinnedTrajectory = new GhostTrajectory();

	constructor(private readonly run: ComparedRun) {}

	/** The pinned settings' trajectory over the chart horizon (empty when nothing is pinned). */
	readonly pinned: HistoryPoint[] = $derived.by(() =>
		this.pinnedInputs
			? this.pinnedTrajectory.upTo(this.pinnedInputs, Math.round(this.run.horizonDays))
			: []
	);

	/** Builds the pinned line towards `days` until `deadline` (see `Simulation.prepareLines`); true once it is ready. */
	preparePinned(days: number, deadline: number): boolean {
		return (
			!this.pinnedInputs || this.pinnedTrajectory.extendTowards(this.pinnedInputs, days, deadline)
		);
	}

	/**
	 * Where the current settings lead from now to the chart's horizon, while paused: before the run starts it is
	 * the starting settings' line; later it starts at the run's current point. Empty while playing (the run shows it).
	 */
	readonly preview: HistoryPoint[] = $derived.by(() => {
		if (this.run.playing) return [];
		const state = this.run.modelState;
		if (state.timeDays === 0 && this.run.inputs === this.run.startInputs) return this.run.ghost;
		return projectFrom(state, this.run.inputs, this.run.origin, this.run.horizonDays);
	});

	/**
	 * The pinned run at model day `day`: the pinned inputs run from their own day 0, as the chart's pinned line
	 * draws them, for "Compare with the pinned run". Null when nothing is pinned. One model run (~60 ms at ten years).
	 */
	pinnedAt(day: number): RunPoint | null {
		const inputs = this.pinnedInputs;
		if (!inputs) return null;
		const origin = initialState(inputs);
		const state = day > 0 ? advance(origin, inputs, day) : origin;
		return { inputs, snapshot: snapshotOf(state, inputs, origin) };
	}

	/** Keeps the current settings as the reference line. */
	pin(): void {
		this.pinnedInputs = this.run.inputs;
	}

	unpin(): void {
		this.pinnedInputs = null;
	}
}
