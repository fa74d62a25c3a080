// The sentence spoken when a control settles: the new value, what it moves (from the model's numbers now to where they head), and where that leads.
import { steadyState, type Snapshot } from '$lib/model';
import { inputLabel } from '$lib/i18n/input-labels';
import type { InputId, ModelInputs } from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';
import {
	arteryClause,
	boneClause,
	changedInputs,
	inputValue,
	k2FormWords,
	lifeStageWords,
	relativeDirection,
	sunLevel,
	verbIn
} from './clauses';
import { durationIn, formatIn, percentIn, type Locale } from './locale-format';
import { settleDays } from './settle-time';

/** Carboxylated shares within half a percentage point read as "stays at". */
const SAME_FRACTION = 0.005;

/** How a change of an input is announced, where it differs from "Label: value." (optional per input). */
const phrases: Partial<Record<InputId, (locale: Locale, inputs: ModelInputs) => string>> = {
	k2McgPerDay: (locale, inputs) =>
		m.hear_input_k2({ amount: formatIn(locale, inputs.k2McgPerDay) }, { locale }),
	d3IuPerDay: (locale, inputs) =>
		m.hear_input_d3({ amount: formatIn(locale, inputs.d3IuPerDay) }, { locale }),
	calciumMgPerDay: (locale, inputs) =>
		m.hear_input_calcium({ amount: formatIn(locale, inputs.calciumMgPerDay) }, { locale }),
	lifeStage: (locale, inputs) => {
		if (inputs.lifeStage === 'adult') return m.hear_input_adult({}, { locale });
		if (inputs.lifeStage === 'postmenopausal') return m.hear_input_postmenopausal({}, { locale });
		return m.hear_input_life_stage({ stage: lifeStageWords(locale, inputs.lifeStage) }, { locale });
	},
	k2Form: (locale, inputs) =>
		m.hear_input_k2_form({ form: k2FormWords(locale, inputs.k2Form) }, { locale }),
	dietVitaminDIuPerDay: (locale, inputs) =>
		m.hear_input_diet_d({ amount: formatIn(locale, inputs.dietVitaminDIuPerDay) }, { locale }),
	k1McgPerDay: (locale, inputs) =>
		m.hear_input_k1({ amount: formatIn(locale, inputs.k1McgPerDay) }, { locale }),
	mk4McgPerDay: (locale, inputs) =>
		m.hear_input_mk4({ amount: formatIn(locale, inputs.mk4McgPerDay) }, { locale }),
	dietMk7McgPerDay: (locale, inputs) =>
		m.hear_input_mk7_food({ amount: formatIn(locale, inputs.dietMk7McgPerDay) }, { locale }),
	warfarin: (locale, inputs) =>
		inputs.warfarin
			? m.hear_input_warfarin_on({}, { locale })
			: m.hear_input_warfarin_off({}, { locale }),
	sunExposure: (locale, inputs) =>
		m.hear_input_sun({ level: sunLevel(locale, inputs.sunExposure) }, { locale })
};

/** "Vitamin K2 180 µg a day." — or, for an input without its own phrase, "Vitamin K1 (food): 90 µg/day." */
export function inputPhrase(locale: Locale, inputs: ModelInputs, input: InputId): string {
	return phrases[input]?.(locale, inputs) ?? settingPhrase(locale, inputs, input);
}

/** The phrase of an input without its own: its label and value, "Vitamin D3: 800 IU/day." */
export function settingPhrase(locale: Locale, inputs: ModelInputs, input: InputId): string {
	const what = inputLabel(input, locale);
	return m.hear_input_setting({ what, value: inputValue(locale, inputs, input) }, { locale });
}

/** What an input moves first; 'general' (an input the describer has no clause for) reports the artery and bone flows. */
type Effect = 'carboxylation' | 'vitaminD' | 'absorbed' | 'resorption' | 'general';

const effects: Partial<Record<InputId, Effect>> = {
	k2McgPerDay: 'carboxylation',
	warfarin: 'carboxylation',
	d3IuPerDay: 'vitaminD',
	calciumMgPerDay: 'absorbed',
	lifeStage: 'resorption',
	sunExposure: 'vitaminD',
	k2Form: 'carboxylation',
	dietVitaminDIuPerDay: 'vitaminD',
	k1McgPerDay: 'carboxylation',
	mk4McgPerDay: 'carboxylation',
	dietMk7McgPerDay: 'carboxylation'
};
const effectOf = (input: InputId): Effect => effects[input] ?? 'general';

interface Scene {
	locale: Locale;
	now: Snapshot;
	before: Snapshot;
	after: Snapshot;
	/** Null when the model follows within days: slow pools then go from the old steady state, not from now. */
	days: number | null;
	duration: string;
}

/** Slow pools (carboxylation, 25(OH)D) go from their value now; flows from the old inputs' steady state. */
function leadClause(effect: Effect, scene: Scene): string | undefined {
	if (effect === 'general') return undefined;
	const { locale, before, after, duration } = scene;
	const now = scene.days === null ? before : scene.now;
	if (effect === 'carboxylation') {
		const from = now.carboxylatedMgpFraction;
		const to = after.carboxylatedMgpFraction;
		if (Math.abs(to - from) < SAME_FRACTION)
			return m.hear_effect_carboxylation_same(
				{
					mgp: percentIn(locale, to),
					oc: percentIn(locale, after.carboxylatedOsteocalcinFraction)
				},
				{ locale }
			);
		return m.hear_effect_carboxylation(
			{
				verb: verbIn(locale, from, to),
				mgpFrom: percentIn(locale, from),
				mgpTo: percentIn(locale, to),
				ocFrom: percentIn(locale, now.carboxylatedOsteocalcinFraction),
				ocTo: percentIn(locale, after.carboxylatedOsteocalcinFraction),
				duration
			},
			{ locale }
		);
	}
	if (effect === 'vitaminD') {
		const [from, to] = [now.serum25OHDNmolL, after.serum25OHDNmolL];
		if (Math.round(from) === Math.round(to))
			return m.hear_effect_vitamin_d_same({ value: formatIn(locale, to) }, { locale });
		const values = { from: formatIn(locale, from), to: formatIn(locale, to) };
		return m.hear_effect_vitamin_d(
			{ verb: verbIn(locale, from, to), ...values, duration },
			{ locale }
		);
	}
	const quantity = effect === 'absorbed' ? 'netAbsorptionMgPerDay' : 'boneResorptionMgPerDay';
	const [from, to] = [before[quantity], after[quantity]];
	if (Math.round(from) === Math.round(to)) {
		const same =
			effect === 'absorbed' ? m.hear_effect_absorbed_same : m.hear_effect_resorption_same;
		return same({ value: formatIn(locale, to) }, { locale });
	}
	const changed = effect === 'absorbed' ? m.hear_effect_absorbed : m.hear_effect_resorption;
	const values = { from: formatIn(locale, from), to: formatIn(locale, to) };
	return changed({ verb: verbIn(locale, from, to), ...values, duration }, { locale });
}

/** Where the change leads: artery for K2 and warfarin; blood, artery and bone for the others (when they move). */
function consequences(effect: Effect, { locale, before, after }: Scene): string[] {
	const artery = arteryClause(
		locale,
		before.arterialDepositionMgPerDay,
		after.arterialDepositionMgPerDay
	);
	const arteryMoves =
		relativeDirection(before.arterialDepositionMgPerDay, after.arterialDepositionMgPerDay) !== 0;
	if (effect === 'carboxylation') return [artery];
	if (effect === 'vitaminD') {
		const absorbed = relativeDirection(before.netAbsorptionMgPerDay, after.netAbsorptionMgPerDay);
		const blood =
			absorbed > 0
				? [m.hear_absorbed_more({}, { locale })]
				: absorbed < 0
					? [m.hear_absorbed_less({}, { locale })]
					: [];
		return [...blood, ...(arteryMoves ? [artery] : [])];
	}
	if (effect === 'absorbed' || effect === 'general') return [artery, boneClause(locale, after)];
	return [boneClause(locale, after), ...(arteryMoves ? [artery] : [])];
}

/**
 * One sentence for the inputs that changed from `previous` to `inputs`, e.g. "Vitamin K2 180 µg a day. Active MGP
 * rises from 60 to 72 percent and active osteocalcin from 75 to 88 percent over about 2 weeks; calcium reaching
 * the artery wall slows." `now` is the snapshot on screen (the slow pools' current values). Empty when nothing changed.
 */
export function describeSettledChange(
	previous: ModelInputs,
	inputs: ModelInputs,
	now: Snapshot,
	locale: Locale
): string {
	const changed = changedInputs(previous, inputs);
	if (changed.length === 0) return '';
	const before = steadyState(previous);
	const after = steadyState(inputs);
	const effects = [...new Set(changed.map(effectOf))];
	const leads: string[] = [];
	const results: string[] = [];
	for (const effect of effects) {
		const slowest = changed.filter((input) => effectOf(input) === effect).map(settleDays)[0];
		// Slow pools start from the values on screen; fast flows from the old inputs' steady state.
		const scene: Scene = {
			locale,
			now,
			before: slowest === null ? before : now,
			after,
			days: slowest,
			duration: durationIn(locale, slowest)
		};
		const lead = leadClause(effect, scene);
		if (lead) leads.push(lead);
		for (const clause of consequences(effect, scene))
			if (!results.includes(clause)) results.push(clause);
	}
	const said = changed.map((input) => inputPhrase(locale, inputs, input)).join(' ');
	const body = [
		...(leads.length ? [leads.join('; ')] : []),
		...(results.length ? [results.join(', ')] : [])
	].join('; ');
	return `${said} ${body}.`;
}
