// The describer's sentences in each language: built from the model's numbers, naming the input and its effect, formatted for the locale.
import { describe, expect, it } from 'vitest';
import {
	advance,
	defaultInputs,
	initialState,
	snapshotOf,
	steadyState,
	type ModelInputs
} from '$lib/model';
import { inputSpecs, withInput, type InputSpec } from '$lib/model/parameters';
import { inputKeys, inputName, inputValue, inSentence } from './clauses';
import { settingPhrase } from './describe-change';
import {
	describeComparison,
	describeProgress,
	describeSettledChange,
	describeSinceStart,
	describeYear,
	durationIn,
	summaryDue,
	type RunPoint
} from './index';

const base = defaultInputs();

/** The snapshot on screen right after `inputs` replaced the defaults, with the clock still at day 0. */
function pausedAfter(change: Partial<ModelInputs>) {
	const inputs = { ...base, ...change };
	const state = initialState(base);
	return { inputs, now: snapshotOf(state, inputs, state) };
}

function run(inputs: ModelInputs, day = 0): RunPoint {
	return { inputs, snapshot: { ...steadyState(inputs), day } };
}

describe('describeSettledChange', () => {
	it('names K2, its dose and what MGP does, in English', () => {
		const { inputs, now } = pausedAfter({ k2McgPerDay: 180 });
		expect(describeSettledChange(base, inputs, now, 'en')).toBe(
			'Vitamin K2 180 µg a day. Active MGP rises from 60 to 72 percent and active osteocalcin from 75 to 88 percent over about 2 weeks; calcium reaching the artery wall slows.'
		);
	});

	it('says the same in Spanish', () => {
		const { inputs, now } = pausedAfter({ k2McgPerDay: 180 });
		expect(describeSettledChange(base, inputs, now, 'es')).toBe(
			'Vitamina K2 180 µg al día. La MGP activa sube de 60 a 72 por ciento y la osteocalcina activa de 75 a 88 por ciento en unas 2 semanas; llega menos calcio a la pared arterial.'
		);
	});

	it('formats thousands for each language', () => {
		const { inputs, now } = pausedAfter({ calciumMgPerDay: 2000, d3IuPerDay: 10000 });
		expect(describeSettledChange(base, inputs, now, 'en')).toMatch(
			/^Vitamin D3 10,000 IU a day\. Dietary calcium 2,000 mg a day\./
		);
		expect(describeSettledChange(base, inputs, now, 'es')).toMatch(
			/^Vitamina D3 10\.000 UI al día\. Calcio de la dieta 2000 mg al día\./
		);
	});

	it('tells a fall from a rise, and where the calcium goes', () => {
		const { inputs, now } = pausedAfter({ calciumMgPerDay: 300 });
		const sentence = describeSettledChange(base, inputs, now, 'en');
		expect(sentence).toContain('Calcium absorbed falls from 171 to 100 mg a day within a few days');
		// Model 2 defends blood calcium (PTH, calcitriol), so intake barely moves the artery or, once settled, bone.
		expect(sentence).toContain('calcium reaching the artery wall hardly changes');
		expect(sentence).toMatch(/bone building and breakdown balance\.$/);
		expect(describeSettledChange(base, inputs, now, 'es')).toContain(
			'Calcio de la dieta 300 mg al día.'
		);
	});

	it('describes warfarin as acting at once, from the old values', () => {
		const { inputs, now } = pausedAfter({ warfarin: true });
		expect(describeSettledChange(base, inputs, now, 'en')).toBe(
			'Warfarin on. Active MGP falls from 60 to 12 percent and active osteocalcin from 75 to 15 percent within a few days; calcium reaching the artery wall speeds up.'
		);
	});

	it('describes menopause through bone resorption and bone loss', () => {
		const { inputs, now } = pausedAfter({ lifeStage: 'postmenopausal' });
		expect(describeSettledChange(base, inputs, now, 'en')).toMatch(
			/^Life stage: after menopause\. Calcium leaving bone rises from 500 to 756 mg a day within a few days; bone loses 44 mg a day/
		);
		expect(describeSettledChange(base, inputs, now, 'es')).toMatch(
			/^Etapa de la vida: después de la menopausia\./
		);
	});

	it('measures where K2 leads from the values on screen, not from the last small step', () => {
		const { now } = pausedAfter({ k2McgPerDay: 90 });
		const sentence = describeSettledChange(
			{ ...base, k2McgPerDay: 90 },
			{ ...base, k2McgPerDay: 100 },
			now,
			'en'
		);
		expect(sentence).toContain('Active MGP rises from 60 to 68 percent');
		expect(sentence).toContain('calcium reaching the artery wall slows');
	});

	it('says nothing when no input changed', () => {
		const { now } = pausedAfter({});
		expect(describeSettledChange(base, base, now, 'en')).toBe('');
	});
});

describe('durations', () => {
	it('reads days, weeks and months in each language', () => {
		expect(durationIn('en', null)).toBe('within a few days');
		expect(durationIn('en', 6)).toBe('over about 6 days');
		expect(durationIn('en', 12.3)).toBe('over about 2 weeks');
		expect(durationIn('es', 98)).toBe('en unos 3 meses');
	});
});

describe('run summaries', () => {
	it('says what changed since the start, and that nothing has at the start', () => {
		expect(describeSinceStart('en', run(base), run(base))).toMatch(/^Nothing has changed yet/);
		const k2 = { ...base, k2McgPerDay: 180 };
		const sentence = describeSinceStart('en', run(base), run(k2, 400));
		expect(sentence).toContain('After year 1, month 1, day 4:');
		expect(sentence).toContain('You changed vitamin K2 from 0 µg/day to 180 µg/day.');
		expect(sentence).toContain('Active MGP went from 60 to 72 percent');
		expect(describeSinceStart('es', run(base), run(k2, 400))).toContain(
			'Has cambiado vitamina K2 de 0 µg/día a 180 µg/día.'
		);
	});

	it('compares with a pinned run, or says there is none', () => {
		const k2 = { ...base, k2McgPerDay: 360 };
		expect(describeComparison('en', run(k2))).toMatch(/^There is no pinned run yet/);
		const sentence = describeComparison('en', run(k2), run(base));
		expect(sentence).toContain('Active MGP 78 percent here, 60 pinned');
		expect(sentence).toContain('calcium reaching the artery wall is slower here');
		expect(sentence).toContain('The runs differ in vitamin K2 from 0 µg/day to 360 µg/day.');
		expect(describeComparison('es', run(base), run(base))).toContain(
			'Las dos simulaciones tienen las mismas entradas.'
		);
	});

	it('compares with the pinned run from the model numbers in English, Spanish and French', () => {
		const ran = (inputs: ModelInputs): RunPoint => {
			const origin = initialState(inputs);
			return { inputs, snapshot: snapshotOf(advance(origin, inputs, 400), inputs, origin) };
		};
		const here = ran({ ...base, k2McgPerDay: 360 });
		const pinned = ran(base);
		const en = describeComparison('en', here, pinned);
		const [bone, pinnedBone] = [here, pinned].map((point) =>
			point.snapshot.boneMineralChangePct.toFixed(2)
		);
		const [artery, pinnedArtery] = [here, pinned].map((point) =>
			point.snapshot.arterialCalciumIndex.toFixed(2)
		);
		expect(artery, 'K2 slows arterial calcification').not.toBe(pinnedArtery);
		expect(en).toMatch(
			new RegExp(
				`^Compared with the pinned run: bone mineral \\+?${bone} percent here, \\+?${pinnedBone} pinned; ` +
					`arterial calcification index ${artery} here, ${pinnedArtery} pinned\\. ` +
					'Active MGP 7\\d percent here, 60 pinned; calcium reaching the artery wall is slower here\\. ' +
					'The runs differ in vitamin K2 from 0 µg/day to 360 µg/day\\.$'
			)
		);
		const es = describeComparison('es', here, pinned);
		expect(es).toMatch(/^Comparado con la simulación fijada: mineral óseo/);
		expect(es).toContain(`índice de calcificación arterial ${artery.replace('.', ',')} aquí`);
		expect(es).toMatch(/MGP activa 7\d por ciento aquí, 60 en la fijada/);
		expect(es).toContain('es más lento aquí');
		const fr = describeComparison('fr', here, pinned);
		expect(fr).toMatch(/^Par rapport à la simulation épinglée : minéral osseux/);
		expect(fr).toMatch(/MGP active 7\d pour cent ici, 60 épinglée/);
		expect(fr).toContain('arrive plus lentement ici');
		expect(describeComparison('fr', pinned, here)).toContain('arrive plus vite ici');
	});

	it('says how to pin a run, naming the pin button, in each language', () => {
		expect(describeComparison('en', run(base))).toContain(
			'press “Pin these settings” above the charts'
		);
		expect(describeComparison('es', run(base))).toContain('pulsa «Fijar estos ajustes»');
		expect(describeComparison('fr', run(base))).toContain('appuyez sur « Épingler ces réglages »');
	});

	it('summarises a year and a mid-year change in each language', () => {
		const now = { ...steadyState(base), day: 366, boneMineralChangePct: -0.5 };
		expect(describeYear('en', 1, now)).toBe(
			'Year 1 done: bone mineral -0.50 percent since the start, arterial calcification index 0.00; bone building and breakdown balance.'
		);
		expect(describeYear('es', 1, now)).toMatch(/^Año 1 completado: mineral óseo -0,50 por ciento/);
		expect(describeProgress('en', now)).toMatch(/^Year 1, month 0, day 0: active MGP 60 percent/);
	});
});

describe('summaryDue', () => {
	const start = { ...steadyState(base), day: 0 };
	it('speaks at a new simulated year, but never sooner than the calm gap', () => {
		const later = { ...start, day: 370 };
		expect(summaryDue(start, later, 2)).toBeNull();
		expect(summaryDue(start, later, 9)).toBe('year');
	});
	it('speaks mid-year only on a meaningful change', () => {
		expect(summaryDue(start, { ...start, day: 30 }, 20)).toBeNull();
		expect(summaryDue(start, { ...start, day: 30, carboxylatedMgpFraction: 0.7 }, 20)).toBe(
			'progress'
		);
	});
});

describe('inputs read from the spec', () => {
	/** A value of each spec other than its default (the far end of a range, another option, the other state). */
	const changedValue = (spec: InputSpec) =>
		spec.kind === 'number'
			? spec.default === spec.max
				? spec.min
				: spec.max
			: spec.kind === 'choice'
				? spec.options.find((option) => option !== spec.default)
				: !spec.default;

	it('lists every input of the spec, so a new input needs no describer edit', () => {
		expect(inputKeys).toEqual(inputSpecs.map((spec) => spec.id));
	});

	it.each(inputSpecs.map((spec) => [spec.id, spec] as const))(
		'describes a change of %s in every language, naming it and its value',
		(id, spec) => {
			const inputs = withInput(base, id, changedValue(spec));
			const now = snapshotOf(initialState(base), inputs, initialState(base));
			for (const locale of ['en', 'es', 'fr'] as const) {
				const sentence = describeSettledChange(base, inputs, now, locale);
				expect(sentence).toMatch(/\.$/);
				expect(sentence).not.toMatch(/undefined|NaN|\{|\}/);
				expect(describeSinceStart(locale, run(base), run(inputs, 10))).toContain(
					inputValue(locale, inputs, id)
				);
				expect(inputName(locale, id)).not.toBe('');
			}
		}
	);

	it('gives any input a plain phrase from its label and value', () => {
		const inputs = { ...base, d3IuPerDay: 800, lifeStage: 'postmenopausal' as const };
		expect(settingPhrase('en', inputs, 'd3IuPerDay')).toBe('Vitamin D3: 800 IU/day.');
		expect(settingPhrase('fr', inputs, 'd3IuPerDay')).toBe('Vitamine D3 : 800 UI/jour.');
		expect(settingPhrase('en', inputs, 'lifeStage')).toBe('Life stage: after menopause.');
		expect(settingPhrase('es', { ...base, warfarin: true }, 'warfarin')).toBe(
			'Toma warfarina (un antagonista de la vitamina K): activada.'
		);
		expect(settingPhrase('en', { ...base, warfarin: true }, 'warfarin')).toBe(
			'Taking warfarin (a vitamin K antagonist): on.'
		);
	});

	it('lowers the first letter of a label inside a sentence, but not of an acronym', () => {
		expect(inSentence('en', 'Vitamin K1')).toBe('vitamin K1');
		expect(inSentence('fr', 'Exposition au soleil')).toBe('exposition au soleil');
		expect(inSentence('en', 'MK-4 from food')).toBe('MK-4 from food');
		expect(inSentence('en', '')).toBe('');
	});
});
