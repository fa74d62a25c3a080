/**
 * The model's uncertain parameters, each with a low / central / high value from the evidence. `low` gives every
 * uncertain effect its smallest size and `high` its largest; the app draws the band between the runs.
 */

export type Assumption = 'low' | 'central' | 'high';

export const ASSUMPTIONS: readonly Assumption[] = ['low', 'central', 'high'];

export interface AssumptionValues {
	/**
	 * How strongly inactive MGP speeds arterial calcification: deposition × (1 + s·(inactive/inactive_ref − 1)).
	 * Low 0.1 reproduces AVADEC's ≈ −6% (Diederichsen 2022); high 1 is what MGP-knockout mice (Luo 1997) and the
	 * Rotterdam cohort (Geleijnse 2004) suggest; central 0.3 stays inside AVADEC's interval (−29% to +18%).
	 */
	mgpBrakeStrength: number;
	/**
	 * Hypothetical osteocalcin → bone link: loss slowed by this much (%/year at late-postmenopausal turnover) at the
	 * 180 µg/day trial dose, only while bone is being lost. Low 0 (Emaus 2010, Booth 2008, Binkley 2009, Cheung 2008;
	 * Mott 2019), high 0.5 (this project's reading of Knapen 2013), central between. Warfarin acts the other way.
	 */
	k2BonePctPerYear: number;
	/**
	 * Direct gain of gut transport with 25(OH)D when replete: factor 1 + g·S/(S + 120 nmol/L). Low lands on Hansen 2008
	 * (+~3 points from 55→160 nmol/L), high on Aloia 2014 (≈ +6 points at 4800 IU). Fits.
	 */
	d3RepleteAbsorptionGain: number;
	/**
	 * Exponent of PTH on the activation of bone remodelling: sets the one-off bone shift that calcium intake gives
	 * (Tai 2015: +0.7–1.8% with supplements, not progressive). Fits to the ends of that range.
	 */
	pthRemodellingExponent: number;
	/** Extra bone loss at 25(OH)D ≈ 144 nmol/L (%/year): Burt 2019 radius ≈ 0.8, tibia ≈ 0.4 %/year more than 400 IU. */
	highVitaminDLossPctPerYear: number;
	/**
	 * Bone and vessel potency of K1 from food, µg MK-7 equivalent per µg: food K1 is poorly absorbed (~10–20% from
	 * greens vs ~80% from oil or tablets; Gijsbers 1996, Garber 1999), the liver takes it first (McCann & Ames 2009),
	 * and per µg absorbed MK-7 carboxylates osteocalcin ~2–3× better (Schurgers 2007). Estimated; low 0.05, high 0.35.
	 */
	k1ExtrahepaticPotency: number;
	/**
	 * Potency of MK-4 (food or supplement), µg MK-7 equivalent per µg: not detectable in serum after 60 µg/day or a
	 * 420 µg dose (Sato 2012, Nutr J 11:93); 1.5 mg/day lowers ucOC (Koitaya 2014). Estimated; low 0.02, high 0.3.
	 */
	mk4Potency: number;
}

export const ASSUMPTION_VALUES: Readonly<Record<Assumption, AssumptionValues>> = {
	low: {
		mgpBrakeStrength: 0.1,
		k2BonePctPerYear: 0,
		d3RepleteAbsorptionGain: 1.5,
		pthRemodellingExponent: 0.35,
		highVitaminDLossPctPerYear: 0.4,
		k1ExtrahepaticPotency: 0.05,
		mk4Potency: 0.02
	},
	central: {
		mgpBrakeStrength: 0.3,
		k2BonePctPerYear: 0.15,
		d3RepleteAbsorptionGain: 4,
		pthRemodellingExponent: 0.42,
		highVitaminDLossPctPerYear: 0.8,
		k1ExtrahepaticPotency: 0.15,
		mk4Potency: 0.1
	},
	high: {
		mgpBrakeStrength: 1,
		k2BonePctPerYear: 0.3,
		d3RepleteAbsorptionGain: 12,
		pthRemodellingExponent: 0.5,
		highVitaminDLossPctPerYear: 1.2,
		k1ExtrahepaticPotency: 0.35,
		mk4Potency: 0.3
	}
};

/** The values of an assumption; anything unknown falls back to central. */
export function assumptionValues(assume: Assumption | undefined): AssumptionValues {
	return ASSUMPTION_VALUES[
		assume !== undefined && ASSUMPTIONS.includes(assume) ? assume : 'central'
	];
}
