/**
 * Every calibration target of the reference tables (doc/reference-values.md §1–4 and §7) as data: what, source,
 * accepted range and how to compute the model's value. `npm run validate` runs them and writes doc/model.md's table.
 */
import { balanceTargets } from './validation-balance';
import { lifeCourseTargets } from './validation-life-course';
import { outcomeTargets } from './validation-outcomes';

export interface CalibrationTarget {
	id: string;
	section: '1' | '2' | '3' | '4' | '7' | '8';
	target: string;
	source: string;
	min: number;
	max: number;
	units: string;
	compute: () => number;
}

export interface TargetResult {
	target: CalibrationTarget;
	value: number;
	pass: boolean;
}

/** All targets, in section order. */
export const calibrationTargets: readonly CalibrationTarget[] = [
	...balanceTargets,
	...outcomeTargets,
	...lifeCourseTargets
].sort((a, b) => a.section.localeCompare(b.section));

/** Runs every target (or only `only`, by id). */
export function runCalibration(only?: readonly string[]): TargetResult[] {
	return calibrationTargets
		.filter((target) => !only || only.includes(target.id))
		.map((target) => {
			const value = target.compute();
			return { target, value, pass: value >= target.min && value <= target.max };
		});
}
