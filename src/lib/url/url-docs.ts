// The README's rows for the model inputs, written from the parameter spec (url-docs.test.ts checks the README against them).
import { inputDoc } from '$lib/model/input-docs';
import { inputSpecs, type InputSpec } from '$lib/model/parameters';

const code = (text: string | number) => `\`${text}\``;

/** The "values" cell of an input's row. */
function valuesCell(spec: InputSpec): string {
	const { label } = inputDoc(spec);
	switch (spec.kind) {
		case 'number':
			return `${label}, ${spec.units}: ${spec.min}–${spec.max} (slider steps of ${spec.step})`;
		case 'choice':
			return `${label}: ${spec.options
				.map(code)
				.join(', ')
				.replace(/, ([^,]*)$/, ' or $1')}`;
		case 'switch':
			return `${label}: ${code(1)} (yes) or ${code(0)} (no)`;
	}
}

function defaultCell(spec: InputSpec): string {
	return code(spec.kind === 'switch' ? (spec.default ? 1 : 0) : spec.default);
}

/** One [parameter, values, default] row per input, in spec order, as the README's table has them. */
export function inputParameterRows(): [string, string, string][] {
	return inputSpecs.map((spec) => [code(spec.shortName), valuesCell(spec), defaultCell(spec)]);
}

/** The inputs' URL words as the README lists them for `controls` and `lock`: "`k2`, `d3`, …". */
export function inputWordList(): string {
	return inputSpecs.map((spec) => code(spec.shortName)).join(', ');
}
