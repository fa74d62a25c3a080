// The translated "what to look for" note of each preset (the only place that text lives: scenarios.ts is data); loaded with the note.
import type { ScenarioId } from '$lib/model';
import { m } from '$lib/paraglide/messages';

export const presetLook: Record<ScenarioId, () => string> = {
	typical_western: () => m.classroom_preset_typical_western_look(),
	natto_eater: () => m.classroom_preset_natto_eater_look(),
	vitamin_d_deficient: () => m.classroom_preset_vitamin_d_deficient_look(),
	high_calcium_d3_little_k2: () => m.classroom_preset_high_calcium_d3_little_k2_look(),
	after_menopause: () => m.classroom_preset_after_menopause_look(),
	on_warfarin: () => m.classroom_preset_on_warfarin_look(),
	western_plate: () => m.classroom_preset_western_plate_look(),
	natto_plate: () => m.classroom_preset_natto_plate_look(),
	teen_no_milk: () => m.classroom_preset_teen_no_milk_look(),
	winter_indoors: () => m.classroom_preset_winter_indoors_look()
};
