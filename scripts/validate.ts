// `npm run validate`: runs every calibration target, prints target, source, range, model value and pass/fail, writes
// the table into doc/model.md between its markers (`--check` only compares), and exits 1 on any miss.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCalibration } from '../src/lib/model/validation';
import { formatConsole, formatLikePrettier, replaceTable, validationTable } from './validate-table';

const docPath = fileURLToPath(new URL('../doc/model.md', import.meta.url));
const check = process.argv.includes('--check');
const results = runCalibration();
process.stdout.write(formatConsole(results));
const doc = readFileSync(docPath, 'utf8');
const updated = await formatLikePrettier(replaceTable(doc, validationTable(results)), docPath);
if (updated !== doc) {
	if (check) {
		process.stderr.write('validate: doc/model.md table is stale; run npm run validate\n');
		process.exitCode = 1;
	} else writeFileSync(docPath, updated);
}
if (results.some((result) => !result.pass)) process.exitCode = 1;
