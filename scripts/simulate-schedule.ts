// Reads a --scenario JSON file: a list of { "day": N, ...input changes }, each value checked against the spec.
import { readFileSync } from 'node:fs';
import { inputSpecs, type InputSpec, type ScheduleEntry } from '../src/lib/model/index';
import { inputDoc } from '../src/lib/model/input-docs';
import { FlagError, chooseOne, parseNumber } from './simulate-flags';

/** Keys an entry may use: the input ids and their short names. */
const specByKey = new Map<string, InputSpec>(
	inputSpecs.flatMap((spec) => [
		[spec.id, spec],
		[spec.shortName, spec]
	])
);

function entryValue(
	spec: InputSpec,
	where: string,
	value: unknown
): ScheduleEntry[keyof ScheduleEntry] {
	if (spec.kind === 'switch') {
		if (typeof value !== 'boolean') throw new FlagError(`${where} must be true or false`);
		return value;
	}
	if (spec.kind === 'number') {
		if (typeof value !== 'number') throw new FlagError(`${where} must be a number`);
		return parseNumber(
			where,
			String(value),
			spec.min,
			spec.max,
			`${spec.units}, ${inputDoc(spec).label}`
		);
	}
	return chooseOne(where, String(value), spec.options as readonly string[]) as never;
}

/** The schedule in `path`, or a FlagError with one clear line. */
export function readScheduleFile(path: string): ScheduleEntry[] {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
		throw new FlagError(`--scenario: cannot read '${path}' (${code})`);
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new FlagError(`--scenario: '${path}' is not valid JSON`);
	}
	if (!Array.isArray(data) || data.length === 0)
		throw new FlagError(
			`--scenario: '${path}' must hold a non-empty list of { "day": N, ... } entries`
		);
	return data.map((item: unknown, index) => {
		const where = `--scenario entry ${index + 1}`;
		if (typeof item !== 'object' || item === null || Array.isArray(item))
			throw new FlagError(`${where} must be an object like { "day": 365, "k2": 0 }`);
		const record = item as Record<string, unknown>;
		if (typeof record.day !== 'number') throw new FlagError(`${where}: "day" must be a number`);
		const entry: ScheduleEntry = {
			day: parseNumber(`${where}: "day"`, String(record.day), 0, 18_263, 'days', true)
		};
		for (const [key, value] of Object.entries(record)) {
			if (key === 'day') continue;
			const spec = specByKey.get(key);
			if (!spec)
				throw new FlagError(
					`${where}: unknown input "${key}" (use ${inputSpecs.map((s) => s.shortName).join(', ')})`
				);
			(entry as Record<string, unknown>)[spec.id] = entryValue(spec, `${where}: "${key}"`, value);
		}
		return entry;
	});
}
