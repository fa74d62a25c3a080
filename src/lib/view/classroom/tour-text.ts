// The translated title and text of each tour step, with the model's figures formatted for the current language.
import { m } from '$lib/paraglide/messages';
import type { TourStepId } from '$lib/sim/tour';
import { formatNumber } from '../format';

type Figures = Record<string, number>;

/** A figure with `digits` decimals, signed when asked; a missing figure shows as a dash. */
const n = (value: number | undefined, digits = 0, signed = false) =>
	formatNumber(value ?? Number.NaN, digits, signed);

export const tourText: Record<
	TourStepId,
	{ title: () => string; text: (figures: Figures) => string }
> = {
	balance: {
		title: () => m.classroom_tour_balance_title(),
		text: (f) =>
			m.classroom_tour_balance_text({
				intake: n(f.intake),
				absorbed: n(f.absorbed),
				net: n(f.net),
				formation: n(f.formation),
				urine: n(f.urine)
			})
	},
	gate: {
		title: () => m.classroom_tour_gate_title(),
		text: (f) =>
			m.classroom_tour_gate_text({
				weeks: n(f.weeks),
				serumStart: n(f.serumStart),
				serumEnd: n(f.serumEnd),
				absorbedStart: n(f.absorbedStart, 1),
				absorbedEnd: n(f.absorbedEnd, 1)
			})
	},
	osteocalcin: {
		title: () => m.classroom_tour_osteocalcin_title(),
		text: (f) =>
			m.classroom_tour_osteocalcin_text({
				weeks: n(f.weeks),
				mk7Start: n(f.mk7Start, 1),
				mk7End: n(f.mk7End, 1),
				activeStart: n(f.activeStart),
				activeEnd: n(f.activeEnd)
			})
	},
	mgp: {
		title: () => m.classroom_tour_mgp_title(),
		text: (f) =>
			m.classroom_tour_mgp_text({
				activeStart: n(f.activeStart),
				activeEnd: n(f.activeEnd),
				index: n(f.index, 2),
				typicalIndex: n(f.typicalIndex, 2)
			})
	},
	d3_without_k2: {
		title: () => m.classroom_tour_d3_without_k2_title(),
		text: (f) =>
			m.classroom_tour_d3_without_k2_text({
				netEnd: n(f.netEnd),
				netTypical: n(f.netTypical),
				urineEnd: n(f.urineEnd),
				mgp: n(f.mgp),
				index: n(f.index, 2),
				typicalIndex: n(f.typicalIndex, 2),
				indexWithK2: n(f.indexWithK2, 2)
			})
	},
	life_stage: {
		title: () => m.classroom_tour_life_stage_title(),
		text: (f) =>
			m.classroom_tour_life_stage_text({
				bone: n(f.bone, 1, true),
				boneWithoutK2: n(f.boneWithoutK2, 1, true)
			})
	},
	evidence: {
		title: () => m.classroom_tour_evidence_title(),
		text: (f) =>
			m.classroom_tour_evidence_text({
				years: n(f.years),
				modelBone: n(f.modelBone, 1, true),
				trialLow: n(f.trialLow, 1, true),
				trialHigh: n(f.trialHigh, 1, true),
				inactiveMgp: n(f.inactiveMgp, 0, true)
			})
	}
};
