// The translated name of every model input and of each option of a choice input, by id, in any language: what the controls, captions and the describer say.
import type { ChoiceInputId, InputId, ModelInputs } from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';

/** A Paraglide message without parameters. */
type Message = (inputs?: Record<string, never>, options?: { locale?: Locale }) => string;

/** A new input adds its label here (and its options below, for a choice): the types insist. */
const labels: Record<InputId, Message> = {
	k2McgPerDay: m.input_k2_label,
	d3IuPerDay: m.input_d3_label,
	calciumMgPerDay: m.input_calcium_label,
	lifeStage: m.input_life_stage_label,
	warfarin: m.input_warfarin_label,
	sunExposure: m.input_sun_label,
	k2Form: m.input_k2_form_label,
	dietVitaminDIuPerDay: m.input_diet_d_label,
	k1McgPerDay: m.input_k1_label,
	mk4McgPerDay: m.input_mk4_label,
	dietMk7McgPerDay: m.input_mk7_food_label
};

const optionLabels: { [Id in ChoiceInputId]: Record<ModelInputs[Id], Message> } = {
	lifeStage: {
		child: m.life_stage_child,
		teen: m.life_stage_teen,
		adult: m.life_stage_adult,
		postmenopausal: m.life_stage_postmenopausal,
		older: m.life_stage_older
	},
	k2Form: {
		mk7: m.k2_form_mk7,
		mk4: m.k2_form_mk4,
		'mk4-drug': m.k2_form_mk4_drug
	},
	sunExposure: {
		none: m.sun_none,
		low: m.sun_low,
		moderate: m.sun_moderate,
		high: m.sun_high
	}
};

/** The label of an input ("Vitamin D3") in `locale`, or in the current language. */
export function inputLabel(id: InputId, locale?: Locale): string {
	return labels[id]({}, locale ? { locale } : {});
}

/** The label of one option of a choice input (the option itself if it has no message). */
export function optionLabel(id: ChoiceInputId, option: string, locale?: Locale): string {
	const options: Partial<Record<string, Message>> = optionLabels[id];
	return options[option]?.({}, locale ? { locale } : {}) ?? option;
}
