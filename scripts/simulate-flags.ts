// The CLI's model-input flags, generated from the parameter spec, and the shared value checks.
import { inputDoc } from '../src/lib/model/input-docs';
import { inputSpecs, type InputSpec, type ModelInputs } from '../src/lib/model/index';

export class FlagError extends Error {}

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number in [min, max] (whole if asked), or a FlagError naming the flag, its range and the bad value. */
export function parseNumber(
	flag: string,
	raw: string,
	min: number,
	max: number,
	units: string,
	whole = false
): number {
	const kind = whole ? 'a whole number' : 'a number';
	const value = NUMBER_PATTERN.test(raw.trim()) ? Number(raw) : Number.NaN;
	if (
		!Number.isFinite(value) ||
		value < min ||
		value > max ||
		(whole && !Number.isInteger(value))
	) {
		throw new FlagError(`${flag} must be ${kind} from ${min} to ${max} (${units}); got '${raw}'`);
	}
	return value;
}

/** One of `options`, or a FlagError listing them. */
export function chooseOne<T extends string>(flag: string, raw: string, options: readonly T[]): T {
	if (!options.includes(raw as T))
		throw new FlagError(`${flag} must be one of ${options.join(', ')}; got '${raw}'`);
	return raw as T;
}

/** Flag names that differ from the spec's short name (kept for existing command lines). */
const flagNames: Partial<Record<InputSpec['id'], string[]>> = {
	calciumMgPerDay: ['calcium', 'ca'],
	lifeStage: ['life-stage', 'life']
};

export interface InputFlag {
	spec: InputSpec;
	kind: InputSpec['kind'];
	/** Flag names without dashes; the first is the main one. */
	names: string[];
	/** Writes the parsed value into `inputs` (throws FlagError on a bad value). */
	apply: (inputs: ModelInputs, rawName: string, value: string | true) => void;
	/** The --help line. */
	help: string;
}

function applier(spec: InputSpec): InputFlag['apply'] {
	return (inputs, rawName, value) => {
		// The spec's ids are the ModelInputs keys (input-spec.ts); TypeScript sees them as strings here.
		const fields = inputs as unknown as Record<string, unknown>;
		if (spec.kind === 'switch') fields[spec.id] = true;
		else if (spec.kind === 'number')
			fields[spec.id] = parseNumber(
				rawName,
				String(value),
				spec.min,
				spec.max,
				`${spec.units}, ${inputDoc(spec).label}`
			);
		else fields[spec.id] = chooseOne(rawName, String(value), spec.options);
	};
}

function helpLine(spec: InputSpec, names: string[]): string {
	const flag = (name: string) =>
		`--${name}${spec.kind === 'switch' ? '' : spec.kind === 'number' ? ' N' : ' S'}`;
	const alias =
		names.length > 1
			? `; ${names
					.slice(1)
					.map((n) => `--${n}`)
					.join(', ')} is the same`
			: '';
	const { label, optionLabels } = inputDoc(spec);
	let describe: string;
	if (spec.kind === 'number')
		describe = `${label} (${spec.min}–${spec.max} ${spec.units}, default ${spec.default})`;
	else if (spec.kind === 'switch') describe = label.charAt(0).toLowerCase() + label.slice(1);
	else if (optionLabels)
		describe = `${label}, default ${spec.default}:\n${' '.repeat(21)}${spec.options.map((o) => optionLabels[o] ?? o).join(' | ')}`;
	else describe = `${spec.options.join(' | ')} (default ${spec.default})`;
	return `  ${flag(names[0]).padEnd(18)} ${describe}${alias}`;
}

/** One flag per model input, in spec order. */
export const inputFlags: readonly InputFlag[] = inputSpecs.map((spec) => {
	const names = flagNames[spec.id] ?? [spec.shortName];
	return { spec, kind: spec.kind, names, apply: applier(spec), help: helpLine(spec, names) };
});
