/** Test helpers: fast-check arbitraries for inputs in range, built from the parameter spec. */
import fc from 'fast-check';
import {
	calciumSpec,
	d3Spec,
	k2Spec,
	lifeStageSpec,
	sunSpec,
	type ModelInputs,
	type NumericInputSpec
} from './parameters';

function inRange(spec: NumericInputSpec): fc.Arbitrary<number> {
	return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
}

/** Any inputs inside the declared ranges. */
export const inputsArbitrary: fc.Arbitrary<ModelInputs> = fc.record({
	k2McgPerDay: inRange(k2Spec),
	d3IuPerDay: inRange(d3Spec),
	calciumMgPerDay: inRange(calciumSpec),
	lifeStage: fc.constantFrom(...lifeStageSpec.options),
	warfarin: fc.boolean(),
	sunExposure: fc.constantFrom(...sunSpec.options)
});
