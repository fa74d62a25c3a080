/** The life stages of the model and their sourced requirements: calcium and vitamin D RDA and upper limit (IOM 2011). */

/** Every life stage, youngest first; 'adult' and 'postmenopausal' are the ids of the first two-stage model (kept for old links). */
export const LIFE_STAGES = ['child', 'teen', 'adult', 'postmenopausal', 'older'] as const;
export type LifeStageId = (typeof LIFE_STAGES)[number];

export interface LifeStageLimits {
	/** Ages the stage covers (years), for labels and docs. */
	readonly ages: string;
	/** Recommended dietary allowance of calcium (mg/day). */
	readonly calciumRdaMgPerDay: number;
	/** Tolerable upper intake level of calcium (mg/day). */
	readonly calciumUpperLimitMgPerDay: number;
	/** Recommended dietary allowance of vitamin D (IU/day), set assuming minimal sun. */
	readonly vitaminDRdaIuPerDay: number;
	/** Tolerable upper intake level of vitamin D (IU/day). */
	readonly vitaminDUpperLimitIuPerDay: number;
}

/**
 * IOM 2011 (Dietary Reference Intakes for Calcium and Vitamin D, Table S-1 and S-2): calcium RDA 1300 mg at 9–18 y,
 * 1000 at 19–50, 1200 for women 51–70 and everyone ≥ 71 (men 51–70: 1000); calcium UL 3000 at 9–18, 2500 at 19–50,
 * 2000 from 51. Vitamin D RDA 600 IU at 1–70 y, 800 IU from 71; UL 4000 IU from 9 y.
 */
export const LIFE_STAGE_LIMITS: Readonly<Record<LifeStageId, LifeStageLimits>> = {
	child: {
		ages: '9–13',
		calciumRdaMgPerDay: 1300,
		calciumUpperLimitMgPerDay: 3000,
		vitaminDRdaIuPerDay: 600,
		vitaminDUpperLimitIuPerDay: 4000
	},
	teen: {
		ages: '14–18',
		calciumRdaMgPerDay: 1300,
		calciumUpperLimitMgPerDay: 3000,
		vitaminDRdaIuPerDay: 600,
		vitaminDUpperLimitIuPerDay: 4000
	},
	adult: {
		ages: '19–50',
		calciumRdaMgPerDay: 1000,
		calciumUpperLimitMgPerDay: 2500,
		vitaminDRdaIuPerDay: 600,
		vitaminDUpperLimitIuPerDay: 4000
	},
	postmenopausal: {
		ages: '51–70',
		calciumRdaMgPerDay: 1200,
		calciumUpperLimitMgPerDay: 2000,
		vitaminDRdaIuPerDay: 600,
		vitaminDUpperLimitIuPerDay: 4000
	},
	older: {
		ages: '71+',
		calciumRdaMgPerDay: 1200,
		calciumUpperLimitMgPerDay: 2000,
		vitaminDRdaIuPerDay: 800,
		vitaminDUpperLimitIuPerDay: 4000
	}
};

/** The limits of a life stage (an unknown id falls back to the adult). */
export function lifeStageLimits(lifeStage: string): LifeStageLimits {
	return LIFE_STAGE_LIMITS[lifeStage as LifeStageId] ?? LIFE_STAGE_LIMITS.adult;
}
