// The translated words of every model input, looked up by id: labels, choice options, warnings, notes and how a setting reads in a sentence.
import {
	inputSpecs,
	type ChoiceInputId,
	type InputId,
	type InputValues,
	type ModelInputs,
	type NumericInputId,
	type SwitchInputId
} from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';
import { formatNumber } from '../format';
import { unitText } from '../units';

/** A new input adds its label here (and its options below, for a choice): the types insist. */
const labels: Record<InputId, () => string> = {
	k2McgPerDay: () => m.input_k2_label(),
	d3IuPerDay: () => m.input_d3_label(),
	calciumMgPerDay: () => m.input_calcium_label(),
	lifeStage: () => m.input_life_stage_label(),
	warfarin: () => m.input_warfarin_label(),
	sunExposure: () => m.input_sun_label(),
	k2Form: () => m.input_k2_form_label(),
	dietVitaminDIuPerDay: () => m.input_diet_d_label(),
	k1McgPerDay: () => m.input_k1_label(),
	mk4McgPerDay: () => m.input_mk4_label(),
	dietMk7McgPerDay: () => m.input_mk7_food_label()
};

const optionLabels: { [Id in ChoiceInputId]: Record<ModelInputs[Id], () => string> } = {
	lifeStage: {
		child: () => m.life_stage_child(),
		teen: () => m.life_stage_teen(),
		adult: () => m.life_stage_adult(),
		postmenopausal: () => m.life_stage_postmenopausal(),
		older: () => m.life_stage_older()
	},
	k2Form: {
		mk7: () => m.k2_form_mk7(),
		mk4: () => m.k2_form_mk4(),
		'mk4-drug': () => m.k2_form_mk4_drug()
	},
	sunExposure: {
		none: () => m.sun_none(),
		low: () => m.sun_low(),
		moderate: () => m.sun_moderate(),
		high: () => m.sun_high()
	}
};

/** Warnings more specific than "Above {limit}" (optional). */
const warnings: Partial<Record<NumericInputId, (limit: string, units: string) => string>> = {
	d3IuPerDay: (limit, units) => m.warning_d3_above_limit({ limit, units }),
	calciumMgPerDay: (limit, units) => m.warning_calcium_above_limit({ limit, units })
};

/** A note always shown beside a switch, with a link to read more (optional). */
export const switchNotes: Partial<
	Record<SwitchInputId, { text: () => string; link: () => string; page: '/about'; anchor: string }>
> = {
	warfarin: {
		text: () => m.warfarin_note(),
		link: () => m.warfarin_note_link(),
		page: '/about',
		anchor: 'warfarin'
	}
};

/** How a switch reads in a list of settings (optional; otherwise "Label: on/off"). */
const switchSettings: Partial<Record<SwitchInputId, (on: boolean) => string>> = {
	warfarin: (on) => (on ? m.share_caption_warfarin_yes() : m.share_caption_warfarin_no())
};

export function inputLabel(id: InputId): string {
	return labels[id]();
}

/** The label of one option of a choice input (the option itself if it has no message). */
export function optionLabel(id: ChoiceInputId, option: string): string {
	const options: Record<string, () => string> = optionLabels[id];
	return options[option]?.() ?? option;
}

/** The warning shown beside a control whose value is above its recommended limit. */
export function inputWarning(id: NumericInputId, limit: string, units: string): string {
	return warnings[id]?.(limit, units) ?? m.warning_above_limit({ limit, units });
}

/** Every input as it reads in a sentence, in spec order: "Vitamin D3: 800 IU/day", "Life stage: Adult", "no warfarin". */
export function settingTexts(inputs: ModelInputs): string[] {
	const values: InputValues = inputs;
	return inputSpecs.map((spec) => {
		const value = values[spec.id];
		if (spec.kind === 'switch') {
			const custom = switchSettings[spec.id];
			if (custom) return custom(value === true);
		}
		const text =
			spec.kind === 'number'
				? `${formatNumber(Number(value))} ${unitText(spec.units)}`
				: spec.kind === 'choice'
					? optionLabel(spec.id, String(value))
					: value
						? m.input_switch_on()
						: m.input_switch_off();
		return m.share_caption_setting({ label: inputLabel(spec.id), value: text });
	});
}
