// Reads a query string against a table of valibot schemas: limits, duplicates, unknown names, and why each parameter was rejected.
import * as v from 'valibot';

/** Why a URL parameter was not used. The UI turns these into a translated notice. */
export type RejectionReason =
	| 'unknown'
	| 'malformed'
	| 'out-of-range'
	| 'duplicate'
	| 'too-long'
	/** More than `MAX_PARAMS_INSPECTED` parameters: the rest were not read (one entry for all of them). */
	| 'too-many';

export interface RejectedParam {
	/** The parameter's name as given, cleaned: at most 40 UTF-16 units, no control or formatting characters. Render as text. */
	name: string;
	reason: RejectionReason;
	/** For 'too-many' only: how many parameters were not read. */
	count?: number;
}

/** Only the first this-many parameters are read; a link never needs more. */
export const MAX_PARAMS_INSPECTED = 30;
/** Longer values are rejected unread ('too-long'). */
export const MAX_VALUE_LENGTH = 64;
/** A longer limit for list values that need it (a plate of foods): at most this many characters. */
export const MAX_LONG_VALUE_LENGTH = 240;

/** Rejected names are cut to this many UTF-16 units (never splitting a character). */
export const MAX_NAME_LENGTH = 40;

/** A field's schema takes the decoded string value and yields the typed value. */
export type FieldSchema = v.GenericSchema<string, unknown>;
export type FieldSchemas = ReadonlyMap<string, FieldSchema>;

export interface QueryReading {
	/** The typed value of each accepted field, keyed by URL name. Absent names fall back to defaults. */
	values: Map<string, unknown>;
	rejected: RejectedParam[];
}

/** Control (Cc), formatting (Cf: bidi marks, zero-width), separator (Zl, Zp) and surrogate (Cs) characters. */
const UNSAFE_CHARACTERS = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** Makes a parameter name safe to show as text: unsafe characters removed, cut to `MAX_NAME_LENGTH` with an ellipsis. */
export function cleanParamName(name: string): string {
	const clean = name.replace(UNSAFE_CHARACTERS, '');
	if (clean.length <= MAX_NAME_LENGTH) return clean;
	let cut = '';
	for (const character of clean) {
		if (cut.length + character.length > MAX_NAME_LENGTH - 1) break;
		cut += character;
	}
	return `${cut}…`;
}

/**
 * The (name, value) pairs of `search`, decoded as browsers do (broken `%` escapes stay literal,
 * invalid UTF-8 becomes U+FFFD; `new URLSearchParams(string)` never throws). A leading `?` is
 * allowed. Anything else gives no pairs.
 */
function toSearchParams(search: unknown): URLSearchParams {
	if (search instanceof URLSearchParams) return search;
	return new URLSearchParams(typeof search === 'string' ? search : '');
}

/** 'out-of-range' when a bound check failed, 'malformed' for every other issue. */
function classifyIssues(issues: readonly v.BaseIssue<unknown>[]): RejectionReason {
	return issues.some((issue) => issue.type === 'min_value' || issue.type === 'max_value')
		? 'out-of-range'
		: 'malformed';
}

/**
 * Reads at most `MAX_PARAMS_INSPECTED` parameters of `search`. For each, in order:
 * a name outside `schemas` is 'unknown' (unless listed in `otherKnownNames`, which another reader
 * handles: skipped without a report); a repeated name is 'duplicate' (reported once, the first value
 * counts); a value over `MAX_VALUE_LENGTH` (or `MAX_LONG_VALUE_LENGTH` for names in `longValueNames`) is 'too-long'; otherwise the schema decides
 * ('malformed' or 'out-of-range'). Never throws (no try/catch hides a bug: the fuzz tests feed it
 * hostile input and would see one); never writes to an object keyed by a URL name.
 */
export function readQuery(
	search: unknown,
	schemas: FieldSchemas,
	otherKnownNames: ReadonlySet<string> = new Set(),
	longValueNames: ReadonlySet<string> = new Set()
): QueryReading {
	const values = new Map<string, unknown>();
	const rejected: RejectedParam[] = [];
	const seen = new Set<string>();
	const reportedDuplicates = new Set<string>();
	let inspected = 0;
	let notRead = 0;
	let firstNotRead = '';
	for (const [name, value] of toSearchParams(search)) {
		if (inspected >= MAX_PARAMS_INSPECTED) {
			if (notRead === 0) firstNotRead = name;
			notRead += 1;
			continue;
		}
		inspected += 1;
		const schema = schemas.get(name);
		if (schema === undefined) {
			if (!otherKnownNames.has(name))
				rejected.push({ name: cleanParamName(name), reason: 'unknown' });
			continue;
		}
		if (seen.has(name)) {
			if (!reportedDuplicates.has(name)) rejected.push({ name, reason: 'duplicate' });
			reportedDuplicates.add(name);
			continue;
		}
		seen.add(name);
		if (value.length > (longValueNames.has(name) ? MAX_LONG_VALUE_LENGTH : MAX_VALUE_LENGTH)) {
			rejected.push({ name, reason: 'too-long' });
			continue;
		}
		const result = v.safeParse(schema, value);
		if (result.success) values.set(name, result.output);
		else rejected.push({ name, reason: classifyIssues(result.issues) });
	}
	if (notRead > 0)
		rejected.push({ name: cleanParamName(firstNotRead), reason: 'too-many', count: notRead });
	return { values, rejected };
}
