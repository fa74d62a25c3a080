// The translated title of each preset, for the preset menu (the longer notes load with the note, from preset-text.ts).
import type { ScenarioId } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export const presetTitle: Record<ScenarioId, () => string> = {
	typical_western: () => m.classroom_preset_typical_western_title(),
	natto_eater: () => m.classroom_preset_natto_eater_title(),
	vitamin_d_deficient: () => m.classroom_preset_vitamin_d_deficient_title(),
	high_calcium_d3_little_k2: () => m.classroom_preset_high_calcium_d3_little_k2_title(),
	after_menopause: () => m.classroom_preset_after_menopause_title(),
	on_warfarin: () => m.classroom_preset_on_warfarin_title(),
	western_plate: () => m.classroom_preset_western_plate_title(),
	natto_plate: () => m.classroom_preset_natto_plate_title(),
	teen_no_milk: () => m.classroom_preset_teen_no_milk_title(),
	winter_indoors: () => m.classroom_preset_winter_indoors_title()
};
