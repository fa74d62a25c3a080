/** Scenarios over time: a list of `{ day, ...input changes }` applied as the run reaches each day. */
import { sanitizeInputs, type ModelInputs } from './parameters';

/** One change: from `day` on, these inputs (the others keep their values). */
export type ScheduleEntry = { day: number } & Partial<ModelInputs>;

/** The entries in day order (stable for equal days), rejecting days that are not finite numbers ≥ 0. */
export function normaliseSchedule(schedule: readonly ScheduleEntry[]): ScheduleEntry[] {
	for (const entry of schedule) {
		if (!(Number.isFinite(entry.day) && entry.day >= 0))
			throw new RangeError(`schedule day must be a finite number ≥ 0; got ${entry.day}`);
	}
	return schedule
		.map((entry, order) => ({ entry, order }))
		.sort((a, b) => a.entry.day - b.entry.day || a.order - b.order)
		.map(({ entry }) => entry);
}

/** `inputs` with the entry's changes applied and clamped into range. */
export function applyChange(inputs: ModelInputs, entry: ScheduleEntry): ModelInputs {
	const { day: _day, ...changes } = entry;
	return sanitizeInputs({ ...inputs, ...changes });
}
