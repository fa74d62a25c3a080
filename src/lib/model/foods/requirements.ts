/** What each life stage is recommended to eat per day (IOM 2011 RDAs), for the plate's "compared with" column. */

/** The plate's life stages (the parameter spec's `lifeStage` options). */
export type PlateLifeStage = 'child' | 'teen' | 'adult' | 'postmenopausal' | 'older';

export interface DailyRequirement {
	/** Calcium RDA, mg/day. */
	calciumMg: number;
	/** Vitamin D RDA, IU/day (assuming minimal sun, as the IOM did). */
	vitaminDIu: number;
}

/**
 * IOM 2011 (Dietary Reference Intakes for Calcium and Vitamin D), RDAs: calcium 1300 mg at 9–18 years,
 * 1000 mg at 19–50, 1200 mg for women 51–70 and everyone over 70; vitamin D 600 IU at 1–70 years, 800 IU over 70.
 * Vitamin K has no RDA, only an adequate intake (IOM 2001), so the plate shows no target for K1, MK-4 or MK-7.
 */
export const RDA_BY_LIFE_STAGE: Readonly<Record<PlateLifeStage, DailyRequirement>> = {
	child: { calciumMg: 1300, vitaminDIu: 600 },
	teen: { calciumMg: 1300, vitaminDIu: 600 },
	adult: { calciumMg: 1000, vitaminDIu: 600 },
	postmenopausal: { calciumMg: 1200, vitaminDIu: 600 },
	older: { calciumMg: 1200, vitaminDIu: 800 }
};

/** The RDA of a life stage; an unknown stage reads as an adult's. */
export function requirementOf(lifeStage: string): DailyRequirement {
	return RDA_BY_LIFE_STAGE[lifeStage as PlateLifeStage] ?? RDA_BY_LIFE_STAGE.adult;
}
