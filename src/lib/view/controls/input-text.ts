// The translated words of every model input, looked up by id: warnings, notes and how a setting reads in a sentence (labels and options: $lib/i18n/input-labels).
import {
	inputSpecs,
	type InputValues,
	type ModelInputs,
	type NumericInputId,
	type SwitchInputId
} from '$lib/model/parameters';
import { inputLabel, optionLabel } from '$lib/i18n/input-labels';
import { m } from '$lib/paraglide/messages';
import { formatNumber } from '../format';
import { unitText } from '../units';

export { inputLabel, optionLabel };

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
