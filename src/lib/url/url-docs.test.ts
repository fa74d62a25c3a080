// Keeps the README's table of URL parameters in step with the parameter spec and the parsers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inputSpecs } from '$lib/model/parameters';
import { appParamNames } from './app-schema';
import { defaultAppState } from './app-state';
import { embedParamNames } from './embed-options';
import { lessonParamNames } from './lesson-params';
import { serialiseAppState } from './serialise';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Sharing a state by link'));

/** The trimmed cells of the table row whose first cell is `name` in backticks (empty if none). */
function row(name: string): string[] {
	for (const line of section.split('\n')) {
		const cells = line
			.split('|')
			.slice(1, -1)
			.map((cell) => cell.trim());
		if (cells[0] === `\`${name}\``) return cells;
	}
	return [];
}

describe('README: Sharing a state by link', () => {
	it('has a row for every URL parameter', () => {
		for (const name of [...appParamNames, ...embedParamNames, ...lessonParamNames]) {
			expect(row(name), name).toHaveLength(3);
		}
	});

	it('gives each input the range and default of the spec', () => {
		for (const spec of inputSpecs) {
			const [, values, defaultCell] = row(spec.shortName);
			if (spec.kind === 'number') {
				expect(values).toContain(`${spec.min}–${spec.max}`);
				expect(values).toContain(`steps of ${spec.step})`);
			}
			if (spec.kind === 'choice') {
				for (const option of spec.options) expect(values).toContain(`\`${option}\``);
			}
			const defaultText =
				spec.kind === 'switch' ? (spec.default ? '1' : '0') : String(spec.default);
			expect(defaultCell).toBe(`\`${defaultText}\``);
		}
	});

	it('states the defaults of view, speed and play that the parser uses', () => {
		const defaults = defaultAppState();
		expect(row('view')[2]).toBe(`\`${defaults.view}\``);
		expect(row('speed')[2]).toBe(`\`${defaults.speed}\``);
		expect(row('play')[2]).toBe(`\`${defaults.playing ? 1 : 0}\``);
		expect(serialiseAppState(defaults)).toBe('');
	});
});
