// The text table's first line names every input of the spec by its flag, so a new input cannot be left out.
import { describe, expect, it } from 'vitest';
import { defaultInputs, inputSpecs } from '../src/lib/model/index';
import { inputsLine } from './simulate-output';

describe('inputsLine', () => {
	it('lists every input with its flag name, value and units', () => {
		const line = inputsLine({ ...defaultInputs(), k2McgPerDay: 180, warfarin: true });
		for (const part of [
			'k2 180 µg/day',
			'd3 600 IU/day',
			'calcium 1000 mg/day',
			'life-stage adult',
			'warfarin on',
			'sun moderate'
		])
			expect(line.split(', ')).toContain(part);
		expect(line.split(', ')).toHaveLength(inputSpecs.length);
	});
});
