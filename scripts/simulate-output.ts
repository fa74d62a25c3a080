// Runs the model for the CLI and formats the result as JSON, CSV or a text table, plus the --help text.
import {
	ASSUMPTIONS,
	DAYS_PER_YEAR,
	DEFAULT_DT_DAYS,
	evidenceScaledOutcomes,
	scenarios,
	simulate,
	type ModelInputs,
	type Snapshot
} from '../src/lib/model/index';
import {
	DEFAULT_YEARS,
	DT_RANGE_DAYS,
	MAX_DAYS,
	MAX_YEARS,
	type CliOptions
} from './simulate-args';
import { inputFlags } from './simulate-flags';
import { plateHelp } from './simulate-plate';

/** The fields of the final snapshot worth a summary line. */
const summaryFields = [
	'serum25OHDNmolL',
	'mk7SerumNgPerMl',
	'fractionalAbsorption',
	'netAbsorptionMgPerDay',
	'urineMgPerDay',
	'bloodCalciumMmolL',
	'pthPgMl',
	'calcitriolPmolL',
	'inr',
	'carboxylatedOsteocalcinFraction',
	'carboxylatedMgpFraction',
	'boneMineralChangePct',
	'arterialCalciumIndex'
] as const satisfies readonly (keyof Snapshot)[];

export interface SimulationResult {
	inputs: ModelInputs;
	snapshots: Snapshot[];
	summary: ReturnType<typeof summarise>;
}

function summarise(options: CliOptions, snapshots: Snapshot[]) {
	const first = snapshots[0];
	const last = snapshots[snapshots.length - 1];
	const years = last.day / DAYS_PER_YEAR;
	return {
		assume: options.assume ?? 'central',
		days: options.days,
		dtDays: options.dtDays,
		every: options.every,
		snapshotCount: snapshots.length,
		start: Object.fromEntries(summaryFields.map((field) => [field, first[field]])),
		end: Object.fromEntries(summaryFields.map((field) => [field, last[field]])),
		boneMineralChangePctPerYear: years > 0 ? last.boneMineralChangePct / years : 0,
		totals: {
			intakeMg: last.cumulativeIntakeMg,
			faecalMg: last.cumulativeFaecalMg,
			urinaryMg: last.cumulativeUrinaryMg
		},
		massBalanceErrorMg: last.massBalanceErrorMg,
		evidence: evidenceScaledOutcomes(options.inputs, options.days)
	};
}

/** Runs the simulation the options describe. */
export function runSimulation(options: CliOptions): SimulationResult {
	const snapshots = simulate(options.inputs, {
		days: options.days,
		dtDays: options.dtDays,
		every: options.every,
		assume: options.assume,
		schedule: options.schedule
	});
	return { inputs: options.inputs, snapshots, summary: summarise(options, snapshots) };
}

export function formatJson(result: SimulationResult): string {
	return JSON.stringify(result, null, 2) + '\n';
}

export function formatCsv(result: SimulationResult): string {
	const columns = Object.keys(result.snapshots[0]) as (keyof Snapshot)[];
	const rows = result.snapshots.map((snapshot) =>
		columns.map((column) => String(snapshot[column])).join(',')
	);
	return [columns.join(','), ...rows].join('\n') + '\n';
}

const tableColumns: readonly [string, (snapshot: Snapshot) => string][] = [
	['day', (s) => s.day.toFixed(0)],
	['25(OH)D nmol/L', (s) => s.serum25OHDNmolL.toFixed(1)],
	['MK-7 ng/mL', (s) => s.mk7SerumNgPerMl.toFixed(2)],
	['absorbed %', (s) => (s.fractionalAbsorption * 100).toFixed(1)],
	['net abs mg/d', (s) => s.netAbsorptionMgPerDay.toFixed(1)],
	['urine mg/d', (s) => s.urineMgPerDay.toFixed(1)],
	['Ca mmol/L', (s) => s.bloodCalciumMmolL.toFixed(3)],
	['PTH pg/mL', (s) => s.pthPgMl.toFixed(1)],
	['calcitriol pmol/L', (s) => s.calcitriolPmolL.toFixed(0)],
	['INR', (s) => s.inr.toFixed(2)],
	['cOC %', (s) => (s.carboxylatedOsteocalcinFraction * 100).toFixed(1)],
	['cMGP %', (s) => (s.carboxylatedMgpFraction * 100).toFixed(1)],
	['bone Δ%', (s) => s.boneMineralChangePct.toFixed(3)],
	['artery index', (s) => s.arterialCalciumIndex.toFixed(3)]
];

/** Every input by its flag name, from the spec: "k2 0 µg/day, d3 600 IU/day, …, warfarin off, sun moderate". */
export function inputsLine(inputs: ModelInputs): string {
	const values: Record<string, unknown> = inputs;
	return inputFlags
		.map(({ spec, names }) => {
			const value = values[spec.id];
			if (spec.kind === 'number') return `${names[0]} ${value} ${spec.units}`;
			if (spec.kind === 'switch') return `${names[0]} ${value ? 'on' : 'off'}`;
			return `${names[0]} ${value}`;
		})
		.join(', ');
}

export function formatTable(result: SimulationResult): string {
	const { inputs, summary } = result;
	const header = tableColumns.map(([name]) => name);
	const rows = result.snapshots.map((snapshot) => tableColumns.map(([, cell]) => cell(snapshot)));
	const widths = header.map((name, column) =>
		Math.max(name.length, ...rows.map((row) => row[column].length))
	);
	const line = (cells: string[]) =>
		cells.map((cell, column) => cell.padStart(widths[column])).join('  ');
	const describeInputs = `${inputsLine(inputs)}; assumption ${summary.assume}`;
	return (
		[
			`Inputs: ${describeInputs}; ${summary.days} days, step ${summary.dtDays} day`,
			line(header),
			...rows.map(line),
			`Bone change: ${summary.end.boneMineralChangePct.toFixed(2)}% (${summary.boneMineralChangePctPerYear.toFixed(2)}%/year); arterial index ${summary.end.arterialCalciumIndex.toFixed(2)} (relative, 1 = a typical year)`,
			`Mass balance error: ${summary.massBalanceErrorMg.toExponential(2)} mg`
		].join('\n') + '\n'
	);
}

export function format(result: SimulationResult, outputFormat: CliOptions['format']): string {
	if (outputFormat === 'csv') return formatCsv(result);
	if (outputFormat === 'table') return formatTable(result);
	return formatJson(result);
}

export const helpText = `Run the Calcium Routes model from the command line.

Usage: npm run -s simulate -- [flags]

Inputs (from the parameter spec, src/lib/model/parameters.ts):
${inputFlags.map((flag) => flag.help).join('\n')}
  --scenario S       start from a preset (other flags override it): ${scenarios.map((scenario) => scenario.id).join(', ')};
                     or a .json file: a list of { "day": N, ...input changes } (keys: input ids or short names),
                     e.g. [{ "day": 0, "k2": 180 }, { "day": 365, "k2": 0 }] stops K2 after a year
${plateHelp}

Uncertainty:
  --assume A         ${ASSUMPTIONS.join(' | ')} (default central): the value of every uncertain parameter
                     (MGP brake strength, K2 → bone, D3 → absorption when replete, PTH → remodelling, high-D3 bone loss)

Run:
  --years N          length in years (0.01–${MAX_YEARS}, default ${DEFAULT_YEARS}); or
  --days N           length in whole days (1–${MAX_DAYS})
  --every N          keep a snapshot every N days (default 1; 30 for --format table)
  --dt N             integration step in days (${DT_RANGE_DAYS[0]}–${DT_RANGE_DAYS[1]}, default ${DEFAULT_DT_DAYS})
  --format F         json (default) | csv | table
  --help, -h         this help

JSON output: { "inputs": {...}, "snapshots": [...], "summary": {...} } on stdout.
Every run starts from the typical adult (1000 mg calcium, 600 IU D3, moderate sun, no K2) in steady state.
Bad flags or scenario files print one line on stderr and exit with code 2.
This is a teaching model, not medical advice.
`;
