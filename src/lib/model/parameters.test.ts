// The input spec: defaults and ranges as their sources give them, clamping and sanitising, warnings by life stage, lookups by URL word.
import { describe, expect, it } from 'vitest';
import {
	calciumSpec,
	calciumUpperLimitMgPerDay,
	choiceInputSpecs,
	clampNumericInput,
	d3Spec,
	defaultInputs,
	dietInputSpecs,
	inputSpecs,
	k2FormSpec,
	lifeStageLimits,
	numericInputSpecs,
	sanitizeInputs,
	sanitizeValue,
	specByShortName,
	sunSpec,
	switchInputSpecs,
	warfarinSpec,
	warningLimit,
	withInput,
	type ModelInputs,
	type NumericInputSpec
} from './parameters';
import { inputDoc } from './input-docs';

describe('the input spec', () => {
	it('defaults to the reference adult: 1000 mg calcium, 600 IU D3 (IOM 2011 RDA), no K2, moderate sun, the calibrated diet', () => {
		expect(defaultInputs()).toEqual({
			k2McgPerDay: 0,
			k2Form: 'mk7',
			d3IuPerDay: 600,
			calciumMgPerDay: 1000,
			lifeStage: 'adult',
			warfarin: false,
			sunExposure: 'moderate',
			dietVitaminDIuPerDay: 200,
			k1McgPerDay: 250,
			mk4McgPerDay: 10,
			dietMk7McgPerDay: 15
		});
		expect(defaultInputs()).not.toBe(defaultInputs());
	});

	it('sorts the inputs by kind in display order, the diet group apart', () => {
		const ids = (specs: readonly { id: string }[]) => specs.map((spec) => spec.id);
		expect(ids(numericInputSpecs)).toEqual([
			'k2McgPerDay',
			'd3IuPerDay',
			'calciumMgPerDay',
			'dietVitaminDIuPerDay',
			'k1McgPerDay',
			'mk4McgPerDay',
			'dietMk7McgPerDay'
		]);
		expect(ids(choiceInputSpecs)).toEqual(['k2Form', 'lifeStage', 'sunExposure']);
		expect(ids(switchInputSpecs)).toEqual(['warfarin']);
		expect(k2FormSpec.options).toEqual(['mk7', 'mk4', 'mk4-drug']);
		expect(sunSpec.options).toEqual(['none', 'low', 'moderate', 'high']);
		expect(ids(dietInputSpecs)).toEqual(
			ids(inputSpecs.filter((spec) => 'group' in spec && spec.group === 'diet'))
		);
		for (const spec of numericInputSpecs) expect(spec.kind).toBe('number');
		expect(k2FormSpec.kind).toBe('choice');
		expect(warfarinSpec.kind).toBe('switch');
	});

	it('gives every input an English label (input-docs.ts) and a URL word; every option a label that starts with its URL word', () => {
		const shortNames = new Set(inputSpecs.map((spec) => spec.shortName));
		expect(shortNames.size).toBe(inputSpecs.length);
		for (const spec of inputSpecs) {
			const doc = inputDoc(spec);
			expect(doc.label.length, spec.id).toBeGreaterThan(5);
			expect(spec.shortName).toMatch(/^[a-z][a-z0-9-]*$/);
			if (spec.kind === 'number') expect(spec.units).toMatch(/\/day$/);
			if (spec.kind === 'choice')
				for (const option of spec.options) {
					const labels: Readonly<Record<string, string>> | undefined = doc.optionLabels;
					expect(labels?.[option]?.startsWith(`${option} (`), option).toBe(true);
				}
		}
	});

	it('finds an input by its URL word, and nothing for an unknown word', () => {
		expect(specByShortName('ca')).toBe(calciumSpec);
		expect(specByShortName('d3')).toBe(d3Spec);
		expect(specByShortName('sun')).toBe(sunSpec);
		expect(specByShortName('calcium')).toBeUndefined();
		expect(specByShortName('')).toBeUndefined();
	});

	it('warns above the IOM 2011 upper limits of the life stage: calcium 3000/2500/2000 mg, vitamin D 4000 IU', () => {
		const at = (lifeStage: ModelInputs['lifeStage']) => ({ ...defaultInputs(), lifeStage });
		expect(calciumUpperLimitMgPerDay('teen')).toBe(3000);
		expect(calciumUpperLimitMgPerDay('adult')).toBe(2500);
		expect(calciumUpperLimitMgPerDay('older')).toBe(2000);
		expect(warningLimit(calciumSpec, at('postmenopausal'))).toBe(2000);
		expect(warningLimit(d3Spec, at('older'))).toBe(4000);
		expect(warningLimit(k2FormSpec as unknown as NumericInputSpec, at('adult'))).toBeUndefined();
		expect(warningLimit({ ...calciumSpec, warnAbove: 1234 }, at('adult'))).toBe(1234);
		expect(lifeStageLimits('nobody')).toBe(lifeStageLimits('adult'));
	});
});

describe('clamping and sanitising', () => {
	it('clamps a number into its range and replaces NaN and infinities by the default', () => {
		expect(clampNumericInput(calciumSpec, 100)).toBe(200);
		expect(clampNumericInput(calciumSpec, 5000)).toBe(3000);
		expect(clampNumericInput(calciumSpec, 1234)).toBe(1234);
		expect(clampNumericInput(calciumSpec, Number.NaN)).toBe(1000);
		expect(clampNumericInput(calciumSpec, Number.POSITIVE_INFINITY)).toBe(1000);
	});

	it('replaces a value of the wrong kind or an unknown option by the default, and keeps valid ones', () => {
		expect(sanitizeValue(calciumSpec, '1500')).toBe(1000);
		expect(sanitizeValue(calciumSpec, 1500)).toBe(1500);
		expect(sanitizeValue(sunSpec, 'none')).toBe('none');
		expect(sanitizeValue(sunSpec, 'blazing')).toBe('moderate');
		expect(sanitizeValue(warfarinSpec, true)).toBe(true);
		expect(sanitizeValue(warfarinSpec, 'true')).toBe(false);
	});

	it('sanitises every input at once into a copy, keeping fields the spec does not know', () => {
		const dirty = {
			...defaultInputs(),
			calciumMgPerDay: 9999,
			sunExposure: 'blazing',
			warfarin: 1,
			note: 'kept'
		} as unknown as ModelInputs;
		const clean = sanitizeInputs(dirty);
		expect(clean).toEqual({
			...defaultInputs(),
			calciumMgPerDay: 3000,
			note: 'kept'
		});
		expect(clean).not.toBe(dirty);
		expect(withInput(defaultInputs(), 'd3IuPerDay', 800).d3IuPerDay).toBe(800);
	});
});
