// Keeps the README's tables of URL parameters and their figures in step with the parameter spec and the parsers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tourSteps } from '$lib/sim/tour';
import { appParamNames } from './app-schema';
import { defaultAppState, TOUR_STEP_LIMIT } from './app-state';
import { embedParamNames } from './embed-options';
import { lessonParamNames } from './lesson-params';
import { MAX_PARAMS_INSPECTED, MAX_VALUE_LENGTH } from './query-reader';
import { serialiseAppState } from './serialise';
import { inputParameterRows, inputWordList } from './url-docs';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Sharing a state by link'));
const sectionText = section.slice(0, section.indexOf('\n## ', 5));

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

	it('has, for every input, exactly the row the spec writes (copy it from the failure)', () => {
		for (const expected of inputParameterRows()) {
			expect(row(expected[0].replaceAll('`', '')), `| ${expected.join(' | ')} |`).toEqual(expected);
		}
	});

	it('lists every input for the embed `controls` and `lock`', () => {
		expect(row('controls')[1]).toContain(`${inputWordList()}, \`time\``);
		expect(row('lock')[1]).toContain(inputWordList());
	});

	it('states the defaults of view, speed and play that the parser uses', () => {
		const defaults = defaultAppState();
		expect(row('view')[2]).toBe(`\`${defaults.view}\``);
		expect(row('speed')[2]).toBe(`\`${defaults.speed}\``);
		expect(row('play')[2]).toBe(`\`${defaults.playing ? 1 : 0}\``);
		expect(serialiseAppState(defaults)).toBe('');
	});

	it('quotes the limits the reader uses and the tour length', () => {
		expect(sectionText).toContain(`Only the first ${MAX_PARAMS_INSPECTED}`);
		expect(sectionText).toContain(`longer than ${MAX_VALUE_LENGTH} characters`);
		expect(row('tour')[1]).toContain(
			`1–${TOUR_STEP_LIMIT} (the tour has ${tourSteps.length} steps`
		);
	});
});
