// The validation table in doc/model.md is the one `npm run validate` writes now: a stale table fails here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCalibration, type TargetResult } from '../src/lib/model/validation';
import {
	formatLikePrettier,
	formatValue,
	replaceTable,
	TABLE_END,
	TABLE_START,
	validationTable
} from './validate-table';

const docPath = fileURLToPath(new URL('../doc/model.md', import.meta.url));
const doc = readFileSync(docPath, 'utf8');

describe('validation table', () => {
	it('in doc/model.md matches a fresh run of every target', async () => {
		const fresh = await formatLikePrettier(
			replaceTable(doc, validationTable(runCalibration())),
			docPath
		);
		expect(doc).toBe(fresh);
	}, 180_000);

	it('replaces only the text between its markers, and appends them when absent', () => {
		const text = `before\n${TABLE_START}\nold\n${TABLE_END}\nafter`;
		expect(replaceTable(text, 'new')).toBe(`before\n${TABLE_START}\n\nnew\n\n${TABLE_END}\nafter`);
		expect(replaceTable('plain', 'new')).toBe(`plain\n\n${TABLE_START}\n\nnew\n\n${TABLE_END}\n`);
	});

	it('marks a miss and counts passes', () => {
		const target = {
			id: 'x',
			section: '1' as const,
			target: 'a | b',
			source: 's',
			min: 0,
			max: 1,
			units: 'u',
			compute: () => 2
		};
		const results: TargetResult[] = [
			{ target, value: 2, pass: false },
			{ target, value: 0.5, pass: true }
		];
		const table = validationTable(results);
		expect(table).toContain('1 of 2 targets pass.');
		expect(table).toContain('**miss**');
		expect(table).toContain('a \\| b');
		expect(formatValue(0.001234)).toBe('1.2e-3');
		expect(formatValue(123.456)).toBe('123');
		expect(formatValue(-3e-9)).toBe('< 1e-6');
		expect(formatValue(0)).toBe('0');
	});
});
