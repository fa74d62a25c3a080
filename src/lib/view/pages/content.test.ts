// The content of the teacher guide and about page is complete and consistent: every citation resolves, every source is cited, the brief's presets and safety statements are present.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activities } from './activities';
import { anchorTables } from './calibration';
import { evidenceRows } from './evidence';
import { misconceptions } from './misconceptions';
import { referenceById, references } from './references';

const english = JSON.parse(
	readFileSync(new URL('../../../../messages/en.json', import.meta.url), 'utf8')
) as Record<string, string>;
const allEnglishText = Object.values(english).join('\n');

const citedIds = [
	...evidenceRows.flatMap((row) => row.sources),
	...anchorTables.flatMap((table) => table.rows.flatMap((row) => row.sources)),
	...misconceptions.flatMap((item) => item.sources)
];

describe('references', () => {
	it('resolves every cited id', () => {
		for (const id of citedIds) expect(referenceById(id).id).toBe(id);
	});

	it('cites every reference in a table, a list or the text', () => {
		const cited = new Set<string>(citedIds);
		for (const reference of references) {
			const surnameAndYear = reference.label.replace(/ \(.*\)$/, '');
			expect(cited.has(reference.id) || allEnglishText.includes(surnameAndYear), reference.id).toBe(
				true
			);
		}
	});

	it('has unique ids, alphabetical order and well-formed DOIs', () => {
		const ids = references.map((reference) => reference.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toEqual([...ids].sort());
		for (const reference of references) {
			if ('doi' in reference) expect(reference.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
		}
	});
});

describe('teacher guide', () => {
	it('has four activities, each with timing, setup and at least four questions with answer notes', () => {
		expect(activities).toHaveLength(4);
		for (const activity of activities) {
			expect(activity.time()).toMatch(/\d+ minutes/);
			expect(activity.setup.length).toBeGreaterThanOrEqual(3);
			expect(activity.questions.length).toBeGreaterThanOrEqual(4);
			for (const item of activity.questions) expect(item.note().length).toBeGreaterThan(40);
		}
	});

	it('names every preset, the guided tour and the predict–observe–explain mode in the setups', () => {
		const setups = activities
			.flatMap((activity) => activity.setup.map((step) => step()))
			.join('\n');
		for (const name of [
			'Typical Western diet',
			'Natto eater',
			'Vitamin D deficient',
			'High calcium and D3 with little K2',
			'After menopause',
			'On warfarin',
			'guided tour',
			'predict–observe–explain mode'
		]) {
			expect(setups).toContain(name);
		}
	});

	it('corrects the misconceptions the brief names, each with sources', () => {
		const claims = misconceptions.map((item) => item.claim()).join('\n');
		expect(claims).toContain('More calcium always means stronger bones');
		expect(claims).toContain('K2 supplements are proven to prevent heart disease');
		expect(claims).toContain('Vitamin D puts calcium into bone directly');
		expect(claims).toContain('Calcium in arteries comes from eating too much calcium');
		for (const item of misconceptions) expect(item.sources.length).toBeGreaterThan(0);
	});
});

describe('about page', () => {
	it('grades claims strong, mixed and low, each with sources', () => {
		const grades = new Set(evidenceRows.map((row) => row.grade));
		for (const grade of ['strong', 'mixed', 'low']) expect(grades).toContain(grade);
		for (const row of evidenceRows) expect(row.sources.length).toBeGreaterThan(0);
	});

	it('states the funding caveat, the warfarin caution and that the app never recommends a supplement', () => {
		expect(english.pages_about_funding).toContain('one research group');
		expect(english.pages_about_funding).toContain('industry');
		expect(english.pages_about_warfarin_1).toMatch(/10–20 µg.*Theuwissen 2013/);
		expect(english.pages_about_warfarin_2).toContain('must talk to their doctor');
		expect(english.pages_about_disclaimer_2).toContain('never tells anyone to take a supplement');
		expect(english.pages_about_licence).toContain('MIT');
	});
});
