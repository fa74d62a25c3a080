// Small translated clauses shared by every description: direction verbs, where artery calcium and bone are heading, input names and values.
import type { Snapshot } from '$lib/model';
import { inputLabel, optionLabel } from '$lib/i18n/input-labels';
import {
	inputSpecs,
	type InputId,
	type InputValues,
	type ModelInputs
} from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';
import { formatIn, type Locale } from './locale-format';

/** A flow must change by at least this share to be called faster or slower (smaller changes are "hardly"). */
export const MEANINGFUL_RELATIVE_CHANGE = 0.05;
/** Net bone balance within ±this (mg/day) counts as balanced, as in the scene description. */
export const BONE_BALANCED_MG_PER_DAY = 5;

export function verbIn(locale: Locale, from: number, to: number): string {
	return to >= from ? m.hear_verb_rises({}, { locale }) : m.hear_verb_falls({}, { locale });
}

/** −1, 0 or 1: whether `to` is meaningfully below, near or above `from`. */
export function relativeDirection(from: number, to: number): -1 | 0 | 1 {
	const scale = Math.max(Math.abs(from), Math.abs(to), 1e-12);
	const change = (to - from) / scale;
	if (Math.abs(change) < MEANINGFUL_RELATIVE_CHANGE) return 0;
	return change > 0 ? 1 : -1;
}

/** "calcium reaching the artery wall slows / speeds up / hardly changes". */
export function arteryClause(locale: Locale, fromMgPerDay: number, toMgPerDay: number): string {
	const direction = relativeDirection(fromMgPerDay, toMgPerDay);
	if (direction < 0) return m.hear_artery_slows({}, { locale });
	if (direction > 0) return m.hear_artery_speeds({}, { locale });
	return m.hear_artery_steady({}, { locale });
}

/** "bone gains 4 mg a day" / "bone loses 69 mg a day" / "bone building and breakdown balance". */
export function boneClause(locale: Locale, snapshot: Snapshot): string {
	const net = snapshot.netBoneBalanceMgPerDay;
	if (net > BONE_BALANCED_MG_PER_DAY)
		return m.hear_bone_gains({ mg: formatIn(locale, net) }, { locale });
	if (net < -BONE_BALANCED_MG_PER_DAY)
		return m.hear_bone_loses({ mg: formatIn(locale, -net) }, { locale });
	return m.hear_bone_balanced({}, { locale });
}

/** Spoken names that differ from the control's label ("vitamin K2" for "Vitamin K2 (MK-7) supplement"); optional per input. */
const spokenNames: Partial<Record<InputId, (locale: Locale) => string>> = {
	k2McgPerDay: (locale) => m.hear_name_k2({}, { locale }),
	d3IuPerDay: (locale) => m.hear_name_d3({}, { locale }),
	calciumMgPerDay: (locale) => m.hear_name_calcium({}, { locale }),
	lifeStage: (locale) => m.hear_name_life_stage({}, { locale }),
	warfarin: (locale) => m.hear_name_warfarin({}, { locale }),
	sunExposure: (locale) => m.hear_name_sun({}, { locale }),
	k2Form: (locale) => m.hear_name_k2_form({}, { locale }),
	dietVitaminDIuPerDay: (locale) => m.hear_name_diet_d({}, { locale }),
	k1McgPerDay: (locale) => m.hear_name_k1({}, { locale }),
	mk4McgPerDay: (locale) => m.hear_name_mk4({}, { locale }),
	dietMk7McgPerDay: (locale) => m.hear_name_mk7_food({}, { locale })
};

/** Lower-cases the first letter of a label for use inside a sentence ("Vitamin K1" → "vitamin K1"), not of an acronym ("MK-4"). */
export function inSentence(locale: Locale, label: string): string {
	const [first = '', second = ''] = label;
	const isWord = second !== '' && second === second.toLocaleLowerCase(locale);
	return isWord ? first.toLocaleLowerCase(locale) + label.slice(1) : label;
}

/** The spoken name of an input, lower case for use inside a sentence (its label when it has no spoken name). */
export function inputName(locale: Locale, input: InputId): string {
	return spokenNames[input]?.(locale) ?? inSentence(locale, inputLabel(input, locale));
}

/** A unit of the spec in `locale` ("µg/day"); a unit without a message is written as the spec has it. */
export function unitIn(locale: Locale, units: string): string {
	const words: Record<string, () => string> = {
		'µg/day': () => m.unit_mcg_per_day({}, { locale }),
		'IU/day': () => m.unit_iu_per_day({}, { locale }),
		'mg/day': () => m.unit_mg_per_day({}, { locale })
	};
	return words[units]?.() ?? units;
}

/** An input's value in words, with units, for any spec: "180 µg/day", "after menopause", "on". */
export function inputValue(locale: Locale, inputs: ModelInputs, input: InputId): string {
	const spec = specOf(input);
	const value = (inputs as InputValues)[input];
	switch (spec.kind) {
		case 'number':
			return `${formatIn(locale, Number(value))} ${unitIn(locale, spec.units)}`;
		case 'choice':
			return optionLabel(spec.id, String(value), locale).toLocaleLowerCase(locale);
		case 'switch':
			return value ? m.hear_value_on({}, { locale }) : m.hear_value_off({}, { locale });
	}
}

/** The spec of an input by id. */
export function specOf(input: InputId): (typeof inputSpecs)[number] {
	const spec = inputSpecs.find((candidate) => candidate.id === input);
	if (!spec) throw new Error(`No input spec for ${input}`);
	return spec;
}

/** Every input, in the spec's display order: the describer reads the spec, so a new input needs no edit here. */
export const inputKeys: readonly InputId[] = inputSpecs.map((spec) => spec.id);

/** A life stage in words, lower case: "adult", "after menopause", "child (9–13)". */
export function lifeStageWords(locale: Locale, stage: ModelInputs['lifeStage']): string {
	const words = {
		child: () => m.life_stage_child({}, { locale }),
		teen: () => m.life_stage_teen({}, { locale }),
		adult: () => m.life_stage_adult({}, { locale }),
		postmenopausal: () => m.life_stage_postmenopausal({}, { locale }),
		older: () => m.life_stage_older({}, { locale })
	};
	return words[stage]().toLocaleLowerCase(locale);
}

/** The K2 supplement form in words: "MK-7", "MK-4 45 mg a day, …". */
export function k2FormWords(locale: Locale, form: ModelInputs['k2Form']): string {
	const words = {
		mk7: () => m.k2_form_mk7({}, { locale }),
		mk4: () => m.k2_form_mk4({}, { locale }),
		'mk4-drug': () => m.k2_form_mk4_drug({}, { locale })
	};
	return words[form]();
}

/** A sun-exposure level in words, lower case: "none", "a lot of summer sun". */
export function sunLevel(locale: Locale, level: ModelInputs['sunExposure']): string {
	return optionLabel('sunExposure', level, locale).toLocaleLowerCase(locale);
}

/** The inputs whose values differ between two sets, in a fixed order. */
export function changedInputs(from: ModelInputs, to: ModelInputs): InputId[] {
	return inputKeys.filter((key) => from[key] !== to[key]);
}

/** "vitamin K2 from 0 µg/day to 180 µg/day" for each changed input. */
export function inputChanges(locale: Locale, from: ModelInputs, to: ModelInputs): string[] {
	return changedInputs(from, to).map((key) =>
		m.hear_input_changed(
			{
				what: inputName(locale, key),
				from: inputValue(locale, from, key),
				to: inputValue(locale, to, key)
			},
			{ locale }
		)
	);
}
