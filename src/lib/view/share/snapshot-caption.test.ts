// The snapshot's words: settings with units, the limits, sources that exist in the bibliography, alt text with the intake, safe file names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, snapshotOf } from '$lib/model';
import { defaultInputs, inputSpecs, type InputValues } from '$lib/model/parameters';
import { inputsArbitrary } from '$lib/model/testing';
import { inputLabel, optionLabel } from '../controls/input-text';
import { formatNumber } from '../format';
import { references } from '../pages/references';
import {
	SNAPSHOT_SOURCES,
	settingsText,
	snapshotAltText,
	snapshotCaption,
	snapshotFileName
} from './snapshot-caption';

const inputs = {
	...defaultInputs(),
	k2McgPerDay: 180,
	calciumMgPerDay: 1200,
	lifeStage: 'postmenopausal' as const
};

describe('snapshotCaption', () => {
	it('states every input with its units, the model time, the limits, the sources and the link', () => {
		const caption = snapshotCaption(inputs, 400, 'https://example.org/?k2=180&ca=1200');
		expect(caption.title).toBe('Calcium Routes · model time year 1, month 1, day 4');
		const text = caption.paragraphs.join('\n');
		expect(text).toContain('Vitamin K2 supplement: 180 µg/day');
		expect(text).toContain('Vitamin D3: 600 IU/day');
		expect(text).toContain('Dietary calcium: 1,200 mg/day');
		expect(text).toContain('Life stage: After menopause');
		expect(text).toContain('no warfarin');
		expect(text).toMatch(/simplified teaching model, not medical advice/);
		expect(text).toContain('IOM 2011; Gallagher 2012; Dalmeijer 2012; Knapen 2013');
		expect(caption.url).toBe('https://example.org/?k2=180&ca=1200');
	});

	it('names warfarin when it is on', () => {
		expect(settingsText({ ...inputs, warfarin: true })).toContain('taking warfarin');
	});

	it('cites only sources listed in the bibliography of /about', () => {
		const labels = new Set<string>(references.map((reference) => reference.label));
		for (const source of SNAPSHOT_SOURCES) expect(labels, source).toContain(source);
	});
});

describe('snapshotAltText', () => {
	it('says what the picture is and gives the calcium intake from the snapshot', () => {
		const snapshot = snapshotOf(initialState(inputs), inputs, initialState(inputs));
		const alt = snapshotAltText(snapshot, inputs);
		expect(alt).toMatch(
			/^Diagram from the Calcium Routes simulation at model time year 0, month 0, day 0/
		);
		expect(alt).toContain('Of 1,200 mg of calcium eaten a day');
	});
});

describe('snapshotFileName', () => {
	it('is a plain name with the whole model day, for any time', () => {
		expect(snapshotFileName(400.7, 'png')).toBe('calcium-routes-day-400.png');
		expect(snapshotFileName(Number.NaN, 'svg')).toBe('calcium-routes-day-0.svg');
		expect(snapshotFileName(-3, 'svg')).toBe('calcium-routes-day-0.svg');
	});
});

describe('settingsText', () => {
	it('names every input of the spec with its value, in spec order, for any inputs', () => {
		fc.assert(
			fc.property(inputsArbitrary, (anyInputs) => {
				const text = settingsText(anyInputs);
				const values: InputValues = anyInputs;
				let from = 0;
				for (const spec of inputSpecs) {
					const value = values[spec.id];
					const expected =
						spec.kind === 'number'
							? `${inputLabel(spec.id)}: ${formatNumber(Number(value))}`
							: spec.kind === 'choice'
								? `${inputLabel(spec.id)}: ${optionLabel(spec.id, String(value))}`
								: value
									? 'taking warfarin'
									: 'no warfarin';
					const at = text.indexOf(expected, from);
					expect(at, `${spec.id} in ${text}`).toBeGreaterThanOrEqual(from);
					from = at + expected.length;
				}
			}),
			{ numRuns: 50 }
		);
	});
});
