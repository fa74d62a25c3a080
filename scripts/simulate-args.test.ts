// The CLI's flag parsing: good flags become options, every bad flag becomes one clear message naming it and its range.
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../src/lib/model/index';
import { plateInputs } from '../src/lib/model/foods/plate';
import { parseSimulateArgs, type CliOptions } from './simulate-args';

function options(argv: string[]): CliOptions {
	const result = parseSimulateArgs(argv);
	if (result.kind !== 'run') throw new Error(`expected a run, got ${JSON.stringify(result)}`);
	return result.options;
}

function errorOf(argv: string[]): string {
	const result = parseSimulateArgs(argv);
	if (result.kind !== 'error') throw new Error(`expected an error, got ${JSON.stringify(result)}`);
	return result.message;
}

describe('--plate', () => {
	it('sets the five diet inputs to the plate’s sums, as the app’s plate does', () => {
		const inputs = options(['--plate', 'natto:1,gouda:2']).inputs;
		expect(inputs).toEqual({ ...defaultInputs(), ...plateInputs({ natto: 1, gouda: 2 }) });
		expect(inputs.dietMk7McgPerDay).toBeGreaterThan(300);
		expect(inputs.calciumMgPerDay).toBeLessThan(defaultInputs().calciumMgPerDay);
	});

	it('gives way to an input flag beside it, and stacks on a preset', () => {
		const inputs = options([
			'--plate',
			'milk:2',
			'--calcium',
			'1500',
			'--scenario',
			'on_warfarin'
		]).inputs;
		expect(inputs.calciumMgPerDay).toBe(1500);
		expect(inputs.warfarin).toBe(true);
		expect(inputs.k1McgPerDay).toBe(plateInputs({ milk: 2 }).k1McgPerDay);
	});
});

describe('parseSimulateArgs', () => {
	it('uses the default inputs, one year, daily JSON snapshots when no flag is given', () => {
		expect(options([])).toEqual({
			inputs: defaultInputs(),
			days: 365,
			dtDays: 0.25,
			every: 1,
			format: 'json'
		});
	});

	it('reads every flag, in both --flag value and --flag=value forms', () => {
		const parsed = options([
			'--k2',
			'180',
			'--d3=800',
			'--calcium',
			'1200',
			'--years',
			'3',
			'--every',
			'7',
			'--life-stage',
			'postmenopausal',
			'--warfarin',
			'--format',
			'csv',
			'--dt',
			'0.5'
		]);
		expect(parsed).toEqual({
			// The flags given; every other input keeps its default.
			inputs: {
				...defaultInputs(),
				k2McgPerDay: 180,
				d3IuPerDay: 800,
				calciumMgPerDay: 1200,
				lifeStage: 'postmenopausal',
				warfarin: true
			},
			days: 1096,
			dtDays: 0.5,
			every: 7,
			format: 'csv'
		});
		expect(options(['--days', '90', '--ca', '500']).days).toBe(90);
		expect(options(['--ca', '500']).inputs.calciumMgPerDay).toBe(500);
	});

	it('starts from a preset and lets flags override it', () => {
		const parsed = options(['--scenario', 'natto_eater', '--d3', '0']);
		expect(parsed.inputs.k2McgPerDay).toBe(350);
		expect(parsed.inputs.d3IuPerDay).toBe(0);
	});

	it('thins a table to monthly rows by default', () => {
		expect(options(['--format', 'table']).every).toBe(30);
	});

	it('asks for help with --help or -h', () => {
		expect(parseSimulateArgs(['--help'])).toEqual({ kind: 'help' });
		expect(parseSimulateArgs(['-h', '--k2', '5'])).toEqual({ kind: 'help' });
	});

	it.each([
		[['--k2', '5000'], /--k2 must be a number from 0 to 1000 \(µg\/day/],
		[['--d3', '-1'], /--d3 must be a number from 0 to 10000/],
		[['--calcium', 'lots'], /--calcium must be a number from 200 to 3000/],
		[['--k2', 'NaN'], /--k2 must be a number/],
		[['--k2', 'Infinity'], /--k2 must be a number/],
		[['--k2', '0x10'], /--k2 must be a number/],
		[['--k2'], /--k2 needs a value/],
		[['--k2', '--d3', '5'], /--k2 needs a value/],
		[['--k2='], /--k2 needs a value/],
		[['--years', '3', '--days', '10'], /--years and --days cannot be used together/],
		[['--years', '51'], /--years must be a number from 0.01 to 50/],
		[['--days', '2.5'], /--days must be a whole number from 1 to 18263/],
		[['--days', '100', '--every', '101'], /--every must be a whole number from 1 to 100/],
		[['--dt', '2'], /--dt must be a number from 0.01 to 1/],
		[
			['--life-stage', 'toddler'],
			/--life-stage must be one of child, teen, adult, postmenopausal, older/
		],
		[['--k2-form', 'mk9'], /--k2-form must be one of mk7, mk4, mk4-drug/],
		[['--k1', '-5'], /--k1 must be a number from 0 to 1000/],
		[['--format', 'xml'], /--format must be one of json, csv, table/],
		[['--scenario', 'nope'], /--scenario must be one of typical_western/],
		[['--warfarin=yes'], /--warfarin takes no value/],
		[['--k2', '1', '--k2', '2'], /--k2 was given more than once/],
		[['--calcium', '500', '--ca', '600'], /--calcium and --ca are the same flag/],
		[['--potassium', '3'], /unknown flag --potassium/],
		[['180'], /unexpected argument '180'/],
		[['--plate', 'natto:1,pizza:2'], /--plate: unknown food 'pizza'.*foods are natto, /],
		[['--plate', 'natto'], /--plate: 'natto' must be food:portions/],
		[['--plate', 'natto:0.3'], /--plate natto must be a number from 0.5 to 6/],
		[['--plate', 'natto:1.25'], /--plate natto must be whole or half portions/],
		[['--plate', 'natto:1,natto:2'], /--plate names natto twice/],
		[['--plate', '<b>x</b>:1'], /--plate: unknown food '<b>x<\/b>'/]
	])('rejects %j with one clear line', (argv, pattern) => {
		const message = errorOf(argv);
		expect(message).toMatch(pattern);
		expect(message).not.toContain('\n');
	});
});
