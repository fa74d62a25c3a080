// Parses and validates the flags of `npm run simulate` with Node's util.parseArgs; the input flags, their ranges
// and --help come from the model's parameter spec (scripts/simulate-flags.ts).
import { parseArgs } from 'node:util';
import {
	ASSUMPTIONS,
	DAYS_PER_YEAR,
	DEFAULT_DT_DAYS,
	defaultInputs,
	scenarioById,
	scenarios,
	type Assumption,
	type ModelInputs,
	type ScheduleEntry
} from '../src/lib/model/index';
import { FlagError, chooseOne, inputFlags, parseNumber, type InputFlag } from './simulate-flags';
import { plateFlagInputs } from './simulate-plate';
import { readScheduleFile } from './simulate-schedule';

export type OutputFormat = 'json' | 'csv' | 'table';

export interface CliOptions {
	inputs: ModelInputs;
	days: number;
	dtDays: number;
	every: number;
	format: OutputFormat;
	/** Uncertain parameters: low, central (default) or high. */
	assume?: Assumption;
	/** Input changes over time, from a --scenario file. */
	schedule?: ScheduleEntry[];
}

export type ParseResult =
	{ kind: 'help' } | { kind: 'run'; options: CliOptions } | { kind: 'error'; message: string };

/** Limits of the run itself (not model inputs). */
export const MAX_YEARS = 50;
export const MAX_DAYS = Math.round(MAX_YEARS * DAYS_PER_YEAR);
export const DEFAULT_YEARS = 1;
export const DT_RANGE_DAYS = [0.01, 1] as const;
export const FORMATS: readonly OutputFormat[] = ['json', 'csv', 'table'];

/** Flags of the run (not model inputs), each taking a value. */
export const RUN_FLAGS = [
	'years',
	'days',
	'every',
	'dt',
	'format',
	'scenario',
	'plate',
	'assume'
] as const;

const parseOptions = {
	...Object.fromEntries(
		inputFlags.flatMap((flag) =>
			flag.names.map(
				(name) => [name, { type: flag.kind === 'switch' ? 'boolean' : 'string' }] as const
			)
		)
	),
	...Object.fromEntries(RUN_FLAGS.map((name) => [name, { type: 'string' }] as const)),
	help: { type: 'boolean', short: 'h' }
} as const;

type Raw = Map<string, { flag: InputFlag | undefined; rawName: string; value: string | true }>;

/** Checks every token (unknown flags, missing or repeated values) and collects them by canonical name. */
function collect(argv: readonly string[]): Raw {
	const { tokens } = parseArgs({
		args: [...argv],
		options: parseOptions,
		strict: false,
		allowPositionals: true,
		tokens: true
	});
	const raw: Raw = new Map();
	for (const token of tokens) {
		if (token.kind === 'positional')
			throw new FlagError(`unexpected argument '${token.value}' (see --help)`);
		if (token.kind !== 'option') continue;
		const { name, rawName } = token;
		if (!(name in parseOptions)) throw new FlagError(`unknown flag ${rawName} (see --help)`);
		const flag = inputFlags.find((candidate) => candidate.names.includes(name));
		const isSwitch = name === 'help' || flag?.kind === 'switch';
		if (isSwitch) {
			if (token.value !== undefined) throw new FlagError(`${rawName} takes no value`);
		} else if (
			token.value === undefined ||
			token.value === '' ||
			(!token.inlineValue && token.value.startsWith('--'))
		) {
			throw new FlagError(`${rawName} needs a value (see --help)`);
		}
		const key = flag ? flag.spec.id : name;
		const previous = raw.get(key);
		if (previous && previous.rawName !== rawName)
			throw new FlagError(`${previous.rawName} and ${rawName} are the same flag; give one`);
		if (previous) throw new FlagError(`${rawName} was given more than once`);
		raw.set(key, { flag, rawName, value: isSwitch ? true : (token.value as string) });
	}
	return raw;
}

function startingPoint(raw: Raw): { inputs: ModelInputs; schedule?: ScheduleEntry[] } {
	const scenario = raw.get('scenario')?.value as string | undefined;
	if (scenario === undefined) return { inputs: defaultInputs() };
	const preset = scenarioById(scenario);
	if (preset) return { inputs: { ...preset.inputs } };
	if (scenario.toLowerCase().endsWith('.json'))
		return { inputs: defaultInputs(), schedule: readScheduleFile(scenario) };
	throw new FlagError(
		`--scenario must be one of ${scenarios.map((item) => item.id).join(', ')} or a .json file; got '${scenario}'`
	);
}

function buildOptions(raw: Raw): CliOptions {
	const text = (name: string) => raw.get(name)?.value as string | undefined;
	const { inputs, schedule } = startingPoint(raw);
	// Preset, then plate, then each input flag: the later and more specific wins.
	const plate = text('plate');
	if (plate !== undefined) Object.assign(inputs, plateFlagInputs(plate));
	for (const { flag, rawName, value } of raw.values()) if (flag) flag.apply(inputs, rawName, value);
	const years = text('years');
	const daysRaw = text('days');
	if (years !== undefined && daysRaw !== undefined)
		throw new FlagError('--years and --days cannot be used together; give one');
	let days = Math.round(DEFAULT_YEARS * DAYS_PER_YEAR);
	if (years !== undefined)
		days = Math.max(
			1,
			Math.round(parseNumber('--years', years, 0.01, MAX_YEARS, 'years') * DAYS_PER_YEAR)
		);
	if (daysRaw !== undefined) days = parseNumber('--days', daysRaw, 1, MAX_DAYS, 'days', true);
	const format = chooseOne<OutputFormat>('--format', text('format') ?? 'json', FORMATS);
	const everyRaw = text('every');
	const every =
		everyRaw === undefined
			? format === 'table'
				? Math.min(30, days)
				: 1
			: parseNumber('--every', everyRaw, 1, days, 'days between snapshots', true);
	const dtRaw = text('dt');
	const dtDays =
		dtRaw === undefined
			? DEFAULT_DT_DAYS
			: parseNumber('--dt', dtRaw, DT_RANGE_DAYS[0], DT_RANGE_DAYS[1], 'days per step');
	const options: CliOptions = { inputs, days, dtDays, every, format };
	const assume = text('assume');
	if (assume !== undefined) options.assume = chooseOne('--assume', assume, ASSUMPTIONS);
	if (schedule) options.schedule = schedule;
	return options;
}

/** Parses the CLI arguments (without `node script`). Never throws: problems come back as one clear line. */
export function parseSimulateArgs(argv: readonly string[]): ParseResult {
	try {
		const raw = collect(argv);
		if (raw.has('help')) return { kind: 'help' };
		return { kind: 'run', options: buildOptions(raw) };
	} catch (error) {
		if (error instanceof FlagError) return { kind: 'error', message: error.message };
		throw error;
	}
}
