// The CLI end to end: spawned as a real process, it prints JSON, CSV or help on stdout, or one line and exit code 2.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultInputs } from '../src/lib/model/index';

const root = fileURLToPath(new URL('..', import.meta.url));

function run(...argv: string[]) {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/simulate.ts', ...argv], {
		cwd: root,
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run simulate', () => {
	it('prints only JSON with inputs, snapshots and summary', () => {
		const { code, stdout, stderr } = run(
			'--k2',
			'180',
			'--d3',
			'800',
			'--calcium',
			'1000',
			'--years',
			'3',
			'--every',
			'365'
		);
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const output = JSON.parse(stdout);
		expect(Object.keys(output)).toEqual(['inputs', 'snapshots', 'summary']);
		// The flags given; every other input keeps its default.
		expect(output.inputs).toEqual({ ...defaultInputs(), k2McgPerDay: 180, d3IuPerDay: 800 });
		expect(output.snapshots.map((snapshot: { day: number }) => snapshot.day)).toEqual([
			0, 365, 730, 1095, 1096
		]);
		expect(output.summary.end.carboxylatedMgpFraction).toBeGreaterThan(
			output.summary.start.carboxylatedMgpFraction
		);
		expect(Math.abs(output.summary.massBalanceErrorMg)).toBeLessThan(1e-4);
	}, 60_000);

	it('prints CSV with a header row', () => {
		const { code, stdout } = run('--days', '3', '--format', 'csv');
		expect(code).toBe(0);
		const lines = stdout.trim().split('\n');
		expect(lines).toHaveLength(5);
		expect(lines[0].split(',')).toContain('boneMineralChangePct');
	}, 60_000);

	it('prints help on stdout', () => {
		const { code, stdout } = run('--help');
		expect(code).toBe(0);
		expect(stdout).toContain('--k2 N');
		expect(stdout).toContain('0–1000 µg/day');
	}, 60_000);

	it('rejects a bad flag with one line on stderr, nothing on stdout, and exit code 2', () => {
		const { code, stdout, stderr } = run('--d3', 'lots');
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain('--d3 must be a number from 0 to 10000');
	}, 60_000);
});
