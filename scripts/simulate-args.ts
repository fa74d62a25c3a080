// Parses and validates the flags of `npm run simulate`; ranges come from the model's parameter spec.
import {
	calciumSpec,
	d3Spec,
	DAYS_PER_YEAR,
	DEFAULT_DT_DAYS,
	defaultInputs,
	k2Spec,
	lifeStageSpec,
	scenarioById,
	scenarios,
	type LifeStage,
	type ModelInputs,
	type NumericInputSpec
} from '../src/lib/model/index';

export type OutputFormat = 'json' | 'csv' | 'table';

export interface CliOptions {
	inputs: ModelInputs;
	days: number;
	dtDays: number;
	every: number;
	format: OutputFormat;
}

export type ParseResult =
	{ kind: 'help' } | { kind: 'run'; options: CliOptions } | { kind: 'error'; message: string };

/** Limits of the run itself (not model inputs). */
export const MAX_YEARS = 50;
export const MAX_DAYS = Math.round(MAX_YEARS * DAYS_PER_YEAR);
export const DEFAULT_YEARS = 1;
export const DT_RANGE_DAYS = [0.01, 1] as const;
const FORMATS: readonly OutputFormat[] = ['json', 'csv', 'table'];

/** Flags that take a value; numeric model inputs map to their spec. */
const numericInputFlags: Record<string, NumericInputSpec> = {
	'--k2': k2Spec,
	'--d3': d3Spec,
	'--calcium': calciumSpec,
	'--ca': calciumSpec
};
const valueFlags = new Set([
	...Object.keys(numericInputFlags),
	'--years',
	'--days',
	'--every',
	'--dt',
	'--life-stage',
	'--format',
	'--scenario'
]);
const switchFlags = new Set(['--warfarin', '--help', '-h']);

const NUMBER_PATTERN = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

class FlagError extends Error {}

function parseNumber(
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

/** Splits argv into flag → raw value (or true for switches); throws FlagError on the first problem. */
function collectFlags(argv: readonly string[]): Map<string, string | true> {
	const flags = new Map<string, string | true>();
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index];
		const [name, inlineValue] =
			argument.startsWith('--') && argument.includes('=')
				? [argument.slice(0, argument.indexOf('=')), argument.slice(argument.indexOf('=') + 1)]
				: [argument, undefined];
		if (!valueFlags.has(name) && !switchFlags.has(name)) {
			throw new FlagError(
				argument.startsWith('-')
					? `unknown flag ${name} (see --help)`
					: `unexpected argument '${argument}' (see --help)`
			);
		}
		if (flags.has(name)) throw new FlagError(`${name} was given more than once`);
		if (switchFlags.has(name)) {
			if (inlineValue !== undefined) throw new FlagError(`${name} takes no value`);
			flags.set(name, true);
			continue;
		}
		const value = inlineValue ?? argv[index + 1];
		if (
			value === undefined ||
			(inlineValue === undefined && value.startsWith('--')) ||
			value === ''
		) {
			throw new FlagError(`${name} needs a value (see --help)`);
		}
		if (inlineValue === undefined) index++;
		flags.set(name, value);
	}
	return flags;
}

function chooseOne<T extends string>(flag: string, raw: string, options: readonly T[]): T {
	if (!options.includes(raw as T))
		throw new FlagError(`${flag} must be one of ${options.join(', ')}; got '${raw}'`);
	return raw as T;
}

function buildOptions(flags: Map<string, string | true>): CliOptions {
	const text = (flag: string) => flags.get(flag) as string | undefined;
	const scenarioId = text('--scenario');
	const scenario = scenarioId === undefined ? undefined : scenarioById(scenarioId);
	if (scenarioId !== undefined && !scenario) {
		throw new FlagError(
			`--scenario must be one of ${scenarios.map((item) => item.id).join(', ')}; got '${scenarioId}'`
		);
	}
	const inputs: ModelInputs = { ...(scenario?.inputs ?? defaultInputs()) };
	for (const [flag, spec] of Object.entries(numericInputFlags)) {
		const raw = text(flag);
		if (raw !== undefined)
			inputs[spec.id] = parseNumber(flag, raw, spec.min, spec.max, `${spec.units}, ${spec.label}`);
	}
	if (flags.has('--calcium') && flags.has('--ca'))
		throw new FlagError('--calcium and --ca are the same flag; give one');
	const lifeStage = text('--life-stage');
	if (lifeStage !== undefined)
		inputs.lifeStage = chooseOne<LifeStage>('--life-stage', lifeStage, lifeStageSpec.options);
	if (flags.has('--warfarin')) inputs.warfarin = true;

	const years = text('--years');
	const daysRaw = text('--days');
	if (years !== undefined && daysRaw !== undefined)
		throw new FlagError('--years and --days cannot be used together; give one');
	let days = Math.round(DEFAULT_YEARS * DAYS_PER_YEAR);
	if (years !== undefined)
		days = Math.max(
			1,
			Math.round(parseNumber('--years', years, 0.01, MAX_YEARS, 'years') * DAYS_PER_YEAR)
		);
	if (daysRaw !== undefined) days = parseNumber('--days', daysRaw, 1, MAX_DAYS, 'days', true);

	const format = chooseOne<OutputFormat>('--format', text('--format') ?? 'json', FORMATS);
	const everyRaw = text('--every');
	const every =
		everyRaw === undefined
			? format === 'table'
				? Math.min(30, days)
				: 1
			: parseNumber('--every', everyRaw, 1, days, 'days between snapshots', true);
	const dtRaw = text('--dt');
	const dtDays =
		dtRaw === undefined
			? DEFAULT_DT_DAYS
			: parseNumber('--dt', dtRaw, DT_RANGE_DAYS[0], DT_RANGE_DAYS[1], 'days per step');
	return { inputs, days, dtDays, every, format };
}

/** Parses the CLI arguments (without `node script`). Never throws: problems come back as one clear line. */
export function parseSimulateArgs(argv: readonly string[]): ParseResult {
	try {
		const flags = collectFlags(argv);
		if (flags.has('--help') || flags.has('-h')) return { kind: 'help' };
		return { kind: 'run', options: buildOptions(flags) };
	} catch (error) {
		if (error instanceof FlagError) return { kind: 'error', message: error.message };
		throw error;
	}
}
