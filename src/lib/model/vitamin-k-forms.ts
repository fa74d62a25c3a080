/**
 * The forms of vitamin K, combined into the one MK-7-equivalent dose the carboxylation fits take: supplement (by
 * form), MK-7…MK-9 from food, K1 and MK-4, each with its kinetics and potency, relative to the reference diet.
 */
import type { AssumptionValues } from './assumptions';
import {
	DIET_K_DEPLETION_SCALE_MCG,
	LIVER_SHORT_FORM_POTENCY,
	MK4_DRUG_DOSE_MCG,
	MK7_DIET_SERUM_NG_PER_ML,
	MK7_SERUM_PER_DOSE_NG_PER_ML
} from './constants';
import { defaultInputs, type ModelInputs } from './parameters';

/** The reference diet: the defaults of the diet inputs are the diet the model was calibrated on (model 2). */
const reference = defaultInputs();

type KInputs = Pick<
	ModelInputs,
	'k2McgPerDay' | 'k2Form' | 'k1McgPerDay' | 'mk4McgPerDay' | 'dietMk7McgPerDay'
>;

/** MK-7 from the supplement (only when its form is MK-7; µg/day). */
export function supplementMk7McgPerDay(inputs: KInputs): number {
	return inputs.k2Form === 'mk7' ? Math.max(0, inputs.k2McgPerDay) : 0;
}

/** MK-4 from the supplement (µg/day): the slider's dose at a nutritional dose, 45 mg/day at the drug dose (the slider does not apply). */
export function supplementMk4McgPerDay(inputs: KInputs): number {
	if (inputs.k2Form === 'mk4') return Math.max(0, inputs.k2McgPerDay);
	return inputs.k2Form === 'mk4-drug' ? MK4_DRUG_DOSE_MCG : 0;
}

/** Whether a K2 supplement is taken at all (any form): what the trial evidence is about. */
export function takesK2Supplement(inputs: KInputs): boolean {
	return supplementMk4McgPerDay(inputs) + supplementMk7McgPerDay(inputs) > 0;
}

/** Long-chain menaquinone intake (supplement + food) above the reference diet (µg/day; ≥ −the reference food MK-7). */
export function mk7IntakeAboveReferenceMcgPerDay(inputs: KInputs): number {
	return (
		supplementMk7McgPerDay(inputs) +
		Math.max(0, inputs.dietMk7McgPerDay) -
		reference.dietMk7McgPerDay
	);
}

/** Steady-state serum MK-7 (ng/mL) from every long-chain source: diet ~0.4 (Kaneki 2001), linear in intake. */
export function mk7SerumTargetNgPerMl(inputs: KInputs): number {
	return Math.max(
		0,
		MK7_DIET_SERUM_NG_PER_ML +
			MK7_SERUM_PER_DOSE_NG_PER_ML * mk7IntakeAboveReferenceMcgPerDay(inputs)
	);
}

/** MK-7 intake above the reference diet implied by a serum MK-7 level (µg/day; negative below the diet's 0.4 ng/mL). */
function mk7DoseFromSerum(mk7SerumNgPerMl: number): number {
	return (mk7SerumNgPerMl - MK7_DIET_SERUM_NG_PER_ML) / MK7_SERUM_PER_DOSE_NG_PER_ML;
}

/**
 * The short-lived forms (K1 ~1–2 h, MK-4 not detectable in serum at nutritional doses: Schurgers 2007; Sato 2012)
 * act within the day, so they enter without a pool: MK-7-equivalent µg/day above the reference diet, for bone and vessels.
 */
export function shortFormsExtrahepaticMcgPerDay(
	inputs: KInputs,
	assumption: AssumptionValues
): number {
	const k1 =
		assumption.k1ExtrahepaticPotency * (Math.max(0, inputs.k1McgPerDay) - reference.k1McgPerDay);
	const mk4 =
		assumption.mk4Potency *
		(Math.max(0, inputs.mk4McgPerDay) - reference.mk4McgPerDay + supplementMk4McgPerDay(inputs));
	return k1 + mk4;
}

/**
 * THE dose every bone and vessel effect reads (µg/day MK-7 equivalent above the reference diet; 0 at the defaults,
 * ≥ −DIET_K_DEPLETION_SCALE_MCG): serum MK-7 (its ~68 h pool) plus K1 and MK-4 weighted by potency.
 */
export function extrahepaticKDoseMcgPerDay(
	mk7SerumNgPerMl: number,
	inputs: KInputs,
	assumption: AssumptionValues
): number {
	const dose =
		mk7DoseFromSerum(mk7SerumNgPerMl) + shortFormsExtrahepaticMcgPerDay(inputs, assumption);
	return Math.max(-DIET_K_DEPLETION_SCALE_MCG, dose);
}

/**
 * The dose the liver (clotting factors, INR on warfarin) reads, µg/day MK-7 equivalent above the reference diet:
 * serum MK-7 plus K1 and MK-4 at the liver's potency (Lubetsky 1999: INR −0.2 per +100 µg/day of K1).
 */
export function hepaticKDoseMcgPerDay(mk7SerumNgPerMl: number, inputs: KInputs): number {
	const shortForms =
		Math.max(0, inputs.k1McgPerDay) -
		reference.k1McgPerDay +
		Math.max(0, inputs.mk4McgPerDay) -
		reference.mk4McgPerDay +
		supplementMk4McgPerDay(inputs);
	return mk7DoseFromSerum(mk7SerumNgPerMl) + LIVER_SHORT_FORM_POTENCY * shortForms;
}

/** The extrahepatic dose at steady state for `inputs` (what evidence.ts and the tables read). */
export function steadyExtrahepaticKDoseMcgPerDay(
	inputs: KInputs,
	assumption: AssumptionValues
): number {
	return extrahepaticKDoseMcgPerDay(mk7SerumTargetNgPerMl(inputs), inputs, assumption);
}
