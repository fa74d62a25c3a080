/** Test helpers: fast-check arbitraries for inputs in range, built by iterating the parameter spec. */
import fc from 'fast-check';
import {
	defaultInputs,
	inputSpecs,
	withInput,
	type InputSpec,
	type ModelInputs
} from './parameters';

/** Any value `spec` allows: a number in range, one of its options, or on/off. */
function valueOf(spec: InputSpec): fc.Arbitrary<unknown> {
	if (spec.kind === 'number')
		return fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true });
	if (spec.kind === 'choice') return fc.constantFrom(...spec.options);
	return fc.boolean();
}

/** Any inputs inside the declared ranges. */
export const inputsArbitrary: fc.Arbitrary<ModelInputs> = fc
	.tuple(...inputSpecs.map(valueOf))
	.map((values) =>
		inputSpecs.reduce(
			(inputs, spec, index) => withInput(inputs, spec.id, values[index]),
			defaultInputs()
		)
	);
