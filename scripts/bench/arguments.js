// Reads the benches' command-line flags with Node's util.parseArgs; a bad value prints one clear line and exits with status 2.
import { parseArgs } from 'node:util';

/** Exits with status 2 after one line saying what is wrong. */
export function usageError(/** @type {string} */ script, /** @type {string} */ message) {
	console.error(`${script}: ${message}`);
	process.exit(2);
}

/**
 * Parses `--name value` / `--name=value` numeric flags and boolean switches; anything else is a usage error.
 * @param {string} script name used in messages
 * @param {string[]} argv the arguments after the script name
 * @param {{ numbers?: Record<string, { default: number, min: number, max: number, unit: string }>, switches?: string[] }} spec
 */
export function parseFlags(script, argv, spec) {
	const numbers = spec.numbers ?? {};
	const switches = spec.switches ?? [];
	/** @type {import('node:util').ParseArgsConfig['options']} */
	const options = {};
	for (const name of Object.keys(numbers)) options[name] = { type: 'string' };
	for (const name of switches) options[name] = { type: 'boolean' };
	// Not strict: parseArgs's own errors would not say the range; every token is checked below instead.
	const { tokens } = parseArgs({ args: argv, options, strict: false, tokens: true });
	/** @type {Record<string, number | boolean>} */
	const values = {};
	for (const [name, rule] of Object.entries(numbers)) values[name] = rule.default;
	for (const name of switches) values[name] = false;
	for (const token of tokens) {
		if (token.kind === 'positional') usageError(script, `unknown option "${token.value}"`);
		if (token.kind !== 'option') continue;
		const rule = Object.hasOwn(numbers, token.name) ? numbers[token.name] : undefined;
		if (switches.includes(token.name) && token.value === undefined) {
			values[token.name] = true;
		} else if (!rule) {
			usageError(script, `unknown option "${token.rawName}"`);
		} else {
			const text = token.value;
			const value = Number(text);
			if (
				text === undefined ||
				text.trim() === '' ||
				!Number.isFinite(value) ||
				value < rule.min ||
				value > rule.max
			) {
				usageError(
					script,
					`--${token.name} must be a number of ${rule.unit} from ${rule.min} to ${rule.max} (got ${text === undefined ? 'nothing' : `"${text}"`})`
				);
			}
			values[token.name] = value;
		}
	}
	return values;
}

/**
 * Takes `--route /path` out of `argv` (default `/`); a route that does not start with "/" is a usage error.
 * @param {string} script name used in messages
 * @param {string[]} argv the arguments after the script name; the flag and its value are removed
 */
export function takeRoute(script, argv) {
	const routeAt = argv.indexOf('--route');
	const route = routeAt >= 0 ? (argv.splice(routeAt, 2)[1] ?? '/') : '/';
	if (!route.startsWith('/')) usageError(script, `--route must start with "/" (got "${route}")`);
	return route;
}
