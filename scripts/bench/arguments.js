// Reads the benches' command-line flags; a bad value prints one clear line and exits with status 2.

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
	/** @type {Record<string, number | boolean>} */
	const values = {};
	for (const [name, rule] of Object.entries(spec.numbers ?? {})) values[name] = rule.default;
	for (const name of spec.switches ?? []) values[name] = false;
	for (let index = 0; index < argv.length; index += 1) {
		const [flag, inlineValue] = argv[index].split(/=(.*)/s, 2);
		const name = flag.replace(/^--/, '');
		if (flag.startsWith('--') && spec.switches?.includes(name) && inlineValue === undefined) {
			values[name] = true;
			continue;
		}
		const rule = flag.startsWith('--') ? spec.numbers?.[name] : undefined;
		if (!rule) usageError(script, `unknown option "${argv[index]}"`);
		else {
			const text = inlineValue ?? argv[++index];
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
					`--${name} must be a number of ${rule.unit} from ${rule.min} to ${rule.max} (got ${text === undefined ? 'nothing' : `"${text}"`})`
				);
			}
			values[name] = value;
		}
	}
	return values;
}
