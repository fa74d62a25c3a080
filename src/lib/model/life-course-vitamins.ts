/** Serum 25(OH)D target for a whole set of inputs: supplement, food vitamin D, sun, and the life stage's skin synthesis. */
import { lifeStagePhysiology } from './life-course';
import type { ModelInputs } from './parameters';
import { serum25OHDSteadyStateNmolL } from './vitamins';

/** The steady-state 25(OH)D (nmol/L) these inputs lead to (the one place that reads the vitamin D inputs). */
export function serum25OHDTargetNmolL(
	inputs: Pick<ModelInputs, 'd3IuPerDay' | 'sunExposure' | 'dietVitaminDIuPerDay' | 'lifeStage'>
): number {
	return serum25OHDSteadyStateNmolL(
		inputs.d3IuPerDay,
		inputs.sunExposure,
		inputs.dietVitaminDIuPerDay,
		lifeStagePhysiology(inputs.lifeStage).skinSynthesis
	);
}
