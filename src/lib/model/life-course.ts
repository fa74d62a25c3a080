/**
 * The physiology of each life stage: bone growth, remodelling and its per-site deficit, calcium absorption, skin
 * vitamin D synthesis and arterial calcification, each relative to the reference adult (1 or 0 there).
 */
import {
	ARTERIAL_AGE_FACTOR_POSTMENOPAUSAL,
	BONE_CALCIUM_ADULT_MG,
	BONE_TURNOVER_MG_PER_DAY,
	DAYS_PER_YEAR,
	MENOPAUSE_ACTIVATION
} from './constants';
import type { LifeStageId } from './life-stages';

export interface LifeStagePhysiology {
	/** Net bone calcium laid down by growth (modelling), mg/day, from the blood into bone. */
	readonly growthMgPerDay: number;
	/** Activation of remodelling relative to the adult. */
	readonly activation: number;
	/** Share of each resorbed site not refilled (constant; after menopause bone.ts uses the SWAN time course). */
	readonly deficit: number;
	/** Multiplier of active (calcitriol-driven) calcium absorption. */
	readonly absorption: number;
	/** Multiplier of skin vitamin D synthesis from the sun. */
	readonly skinSynthesis: number;
	/** Multiplier of arterial calcium deposition. */
	readonly arterialAge: number;
}

/** Bone loss over 70 (%/year of the reference skeleton): ~0.5–1 %/year at the hip in women and men (Jones 1994 Dubbo, BMJ 309:691; Ensrud 1995). */
export const OLDER_BONE_LOSS_PCT_PER_YEAR = 0.7;
/**
 * The part of that loss set by the per-site deficit (%/year); the rest comes from the stage's lower absorption and
 * skin synthesis through PTH, so the total lands near 0.7–1 %/year. Fit to the cohort figure above.
 */
const OLDER_DEFICIT_LOSS_PCT_PER_YEAR = 0.4;
/** Remodelling activation over 70, relative to the adult: turnover markers stay raised in old age (Garnero 1996). Assumed. */
const OLDER_ACTIVATION = 1.2;

/**
 * By stage. Growth: peak calcium accretion 359 mg/day (boys) and 284 mg/day (girls) around 12–14 years; ~100–300
 * mg/day at 9–16 (Bailey 2000, J Bone Miner Res 15:2245; used by IOM 2011, with Vatanparast 2010): child 200, teen
 * 150 (girls slow after 14, boys peak near it). Absorption: ~35–40% before and during puberty vs ~25–30% in adults
 * (Abrams 1997, Am J Clin Nutr 66:1172; Weaver 1995), falling after 60–70 (Bullamore 1970, Lancet 2:535; Heaney 1989):
 * active route ×1.5, ×1.3, ×0.8. Skin synthesis at 77–82 years about half that of young skin (MacLaughlin & Holick
 * 1985, J Clin Invest 76:1536). Arterial calcification is rare in the young and rises steeply with age (MESA,
 * McClelland 2006): 0, 0.05, 1, 1.5, 2.5, assumed sizes.
 */
export const LIFE_STAGE_PHYSIOLOGY: Readonly<Record<LifeStageId, LifeStagePhysiology>> = {
	child: {
		growthMgPerDay: 200,
		activation: 1,
		deficit: 0,
		absorption: 1.5,
		skinSynthesis: 1,
		arterialAge: 0
	},
	teen: {
		growthMgPerDay: 150,
		activation: 1,
		deficit: 0,
		absorption: 1.3,
		skinSynthesis: 1,
		arterialAge: 0.05
	},
	adult: {
		growthMgPerDay: 0,
		activation: 1,
		deficit: 0,
		absorption: 1,
		skinSynthesis: 1,
		arterialAge: 1
	},
	postmenopausal: {
		growthMgPerDay: 0,
		activation: MENOPAUSE_ACTIVATION,
		deficit: 0,
		absorption: 1,
		skinSynthesis: 1,
		arterialAge: ARTERIAL_AGE_FACTOR_POSTMENOPAUSAL
	},
	older: {
		growthMgPerDay: 0,
		activation: OLDER_ACTIVATION,
		// mg/day lost = turnover × activation × deficit = 0.4 % of 1000 g a year, before the PTH effects.
		deficit:
			(OLDER_DEFICIT_LOSS_PCT_PER_YEAR * BONE_CALCIUM_ADULT_MG) /
			100 /
			DAYS_PER_YEAR /
			(BONE_TURNOVER_MG_PER_DAY * OLDER_ACTIVATION),
		absorption: 0.8,
		skinSynthesis: 0.5,
		arterialAge: 2.5
	}
};

/** The physiology of a life stage (unknown ids read as the adult). */
export function lifeStagePhysiology(lifeStage: string): LifeStagePhysiology {
	return LIFE_STAGE_PHYSIOLOGY[lifeStage as LifeStageId] ?? LIFE_STAGE_PHYSIOLOGY.adult;
}
