// Prints the mutation score per file and every surviving or uncovered mutant (file:line, mutator, replacement) from Stryker's JSON reports in reports/mutation/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const folder = 'reports/mutation';
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

/** @typedef {{ status: string, mutatorName: string, replacement?: string, location: { start: { line: number, column: number } } }} Mutant */
/** @typedef {{ files: Record<string, { mutants: Mutant[] }> }} MutationReport */

/** Score (%) of a list of mutants: detected / (detected + undetected), as Stryker counts it. */
export function score(/** @type {Mutant[]} */ mutants) {
	const caught = mutants.filter((mutant) => detected.has(mutant.status)).length;
	const missed = mutants.filter((mutant) => undetected.has(mutant.status)).length;
	return caught + missed === 0 ? 100 : (100 * caught) / (caught + missed);
}

/** The lines to print for one report: a score per file, the total, then each survivor. */
export function summarise(/** @type {MutationReport} */ report) {
	const lines = [];
	const all = [];
	const survivors = [];
	for (const [file, { mutants }] of Object.entries(report.files).sort()) {
		all.push(...mutants);
		lines.push(`${score(mutants).toFixed(1).padStart(6)} %  ${file}`);
		for (const mutant of mutants.filter((candidate) => undetected.has(candidate.status))) {
			const where = `${file}:${mutant.location.start.line}:${mutant.location.start.column}`;
			const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80);
			survivors.push(
				`  ${mutant.status.padEnd(10)} ${where}  ${mutant.mutatorName}: ${replacement}`
			);
		}
	}
	lines.push(`${score(all).toFixed(1).padStart(6)} %  total (${all.length} mutants)`);
	if (survivors.length) lines.push(`Survivors (${survivors.length}):`, ...survivors);
	return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const reports = existsSync(folder)
		? readdirSync(folder).filter((file) => file.endsWith('.json'))
		: [];
	if (reports.length === 0)
		console.log(`No mutation reports in ${folder}: run npm run test:mutation.`);
	for (const file of reports) {
		console.log(`\n${file}`);
		for (const line of summarise(JSON.parse(readFileSync(join(folder, file), 'utf8'))))
			console.log(line);
	}
}
