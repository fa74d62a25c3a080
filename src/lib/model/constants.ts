/**
 * Every constant of the calcium routing model, with value, units and source (model-reference.md).
 * "Fit" means chosen to land the model inside a published range; it is not a published law.
 */

// ── Units and time ────────────────────────────────────────────────────────────────────────────

/** mg of calcium per mmol (atomic mass 40.08 g/mol). */
export const MG_PER_MMOL_CALCIUM = 40.08;
/** Days per year, for %/year conversions. */
export const DAYS_PER_YEAR = 365.25;
/** Default integration substep (days). The scheme is stable at any step; 0.25 day keeps frames smooth. */
export const DEFAULT_DT_DAYS = 0.25;

// ── Compartments (adult reference) ────────────────────────────────────────────────────────────

/** Extracellular-fluid calcium at the set point: ~0.9 g in ~14 L (Peterson & Riggs 2010, Bone 46:49). */
export const ECF_CALCIUM_SET_POINT_MG = 900;
/**
 * Plasma total calcium at the set point (mmol/L); normal 2.2–2.6 (textbooks). Plasma concentration is taken
 * proportional to ECF calcium: interstitial fluid holds less calcium than plasma (little protein), so the
 * 14 L of ECF hold ~0.9 g rather than 14 L × 2.35 mmol/L.
 */
export const PLASMA_CALCIUM_SET_POINT_MMOL_L = 2.35;
/** Normal plasma total calcium range (mmol/L), textbooks. */
export const PLASMA_CALCIUM_NORMAL_RANGE_MMOL_L = [2.2, 2.6] as const;
/** Bone calcium of the reference adult (mg): total body ~1000–1200 g, >99% in bone (IOM 2011). */
export const BONE_CALCIUM_ADULT_MG = 1_000_000;
/** Mean residence of calcium in the gut lumen (days): whole-gut transit is ~1–3 days (textbooks); simplified to one pool. */
export const GUT_TRANSIT_DAYS = 1;

// ── Vitamin D3 → serum 25(OH)D ────────────────────────────────────────────────────────────────

/**
 * Steady-state 25(OH)D = BASE + RISE·(1 − e^(−IU/SCALE)) nmol/L. A fit to the anchors 0→~45, 800→60–65,
 * 2000→80–85, 4000→105–115 nmol/L (Heaney 2003; Gallagher 2012 plateau ~112 above ~3200 IU/day).
 */
export const SERUM_25OHD_BASE_NMOL_L = 45;
/** See SERUM_25OHD_BASE_NMOL_L: the largest rise from supplements (nmol/L). Fit (Gallagher 2012). */
export const SERUM_25OHD_RISE_NMOL_L = 90;
/** See SERUM_25OHD_BASE_NMOL_L: dose scale of the saturating rise (IU/day). Fit (Heaney 2003; Ekwaru 2014). */
export const SERUM_25OHD_DOSE_SCALE_IU = 3500;
/** First-order time constant of 25(OH)D (days): 90% of a change in ~75 days, "2–3 months" (Heaney 2003). */
export const SERUM_25OHD_TIME_CONSTANT_DAYS = 75 / Math.LN10;

// ── Gut absorption and secretion ──────────────────────────────────────────────────────────────

/** True fractional absorption of the reference adult at 1000 mg/day and 600 IU/day: ~25% (IOM 2011). Calibration target. */
export const FRACTIONAL_ABSORPTION_REFERENCE = 0.26;
/**
 * Passive paracellular absorption: a fixed share of the calcium passing through, non-saturable
 * (Bronner 2003, J Cell Biochem 88:387). The 8% share is a fit that lets the active route carry ~2/3 at 1000 mg/day.
 */
export const PASSIVE_ABSORPTION_FRACTION = 0.08;
/**
 * Half-saturation of the active (transcellular, calbindin/TRPV6) route, in mg/day passing through the gut.
 * Fit: fractional absorption ~45% at 200 mg/day and ~17% at 2000 mg/day, the inverse relation of IOM 2011.
 */
export const ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY = 400;
/**
 * 25(OH)D at which the vitamin D factor of active absorption is half its maximum (nmol/L), a Michaelis–Menten fit:
 * fractional absorption falls steeply only below ~20 nmol/L (0.36 at <10 vs 0.56 at 11–20; Need 2008, via
 * IOM 2011) and gains only ~3 points from 55 to 160 nmol/L (Hansen 2008; Aloia 2014).
 */
export const VITAMIN_D_ABSORPTION_HALF_SATURATION_NMOL_L = 20;
/** Largest fractional absorption the model allows (safety cap; never reached in the input ranges). */
export const FRACTIONAL_ABSORPTION_MAX = 0.9;
/** Endogenous calcium secreted into the gut at the set point (mg/day): 100–200 (IOM 2011 Table 5-2; textbooks). */
export const GUT_SECRETION_MG_PER_DAY = 120;

// ── Homeostasis (PTH / calcitriol) ────────────────────────────────────────────────────────────

/**
 * Gain of the homeostatic signal h = e^(−GAIN·ε), ε = relative deviation of ECF calcium from its set point.
 * PTH responds steeply to small falls in calcium (textbooks); 20 means a 1% fall raises the signal ~20%.
 * Fit: keeps plasma calcium within 2.2–2.6 mmol/L over every input in range.
 */
export const HOMEOSTATIC_GAIN = 20;
/** Exponent of the signal on active absorption (calcitriol up-regulates transport). Fit. */
export const CALCITRIOL_ABSORPTION_EXPONENT = 0.5;
/** Exponent of the signal on bone resorption (PTH). Small, so calcium intake does not dominate bone balance. Fit. */
export const PTH_RESORPTION_EXPONENT = 0.05;
/** Sensitivity of urinary calcium to ECF calcium (per unit relative change): filtered load plus PTH-controlled reabsorption. Fit. */
export const URINE_CALCIUM_SENSITIVITY = 15;

// ── Bone ──────────────────────────────────────────────────────────────────────────────────────

/** Bone formation = resorption in the reference adult (mg/day): 400–600 (textbooks; Peterson & Riggs 2010 ~380–400). */
export const BONE_TURNOVER_MG_PER_DAY = 500;
/**
 * Weight of carboxylated osteocalcin in bone formation: formation × (1 + W·(cOC/cOC_ref − 1)). Small on purpose:
 * MK-7 180 µg/day slowed bone loss by only a fraction of a percent per year (Knapen 2013, Osteoporos Int
 * 24:2499) and other trials found nothing (Emaus 2010; Booth 2008; Binkley 2009; Cheung 2008). Fit.
 */
export const OSTEOCALCIN_FORMATION_WEIGHT = 0.05;
/** Extra bone resorption in the first years after menopause (mg/day). Fit: spine loss ~2.5%/year (SWAN, Greendale 2012). */
export const MENOPAUSE_EARLY_EXCESS_RESORPTION_MG_PER_DAY = 77;
/** Extra bone resorption later after menopause (mg/day). Fit: ~1%/year after the transition (SWAN, Greendale 2012). */
export const MENOPAUSE_LATE_EXCESS_RESORPTION_MG_PER_DAY = 31;
/** Length of the fast-loss transition (years), SWAN (Greendale 2012). */
export const MENOPAUSE_TRANSITION_YEARS = 3;
/** Width of the smooth step from early to late loss (years). Smoothing choice, no source. */
export const MENOPAUSE_TRANSITION_WIDTH_YEARS = 0.25;

// ── Vitamin K2 (MK-7) and carboxylation ───────────────────────────────────────────────────────

/** MK-7 half-life in serum (days): ~68 h (Schurgers 2007, Blood 109:3279). */
export const MK7_HALF_LIFE_DAYS = 68 / 24;
/** Serum MK-7 from the diet alone (ng/mL): ~0.4 in British women (Kaneki 2001). */
export const MK7_DIET_SERUM_NG_PER_ML = 0.4;
/**
 * Rise of steady-state serum MK-7 per µg/day taken (ng/mL per µg/day). Assumed linear, scaled so ~350 µg/day
 * (a ~35 g serving of natto; Schurgers & Vermeer 2000) gives ~5.3 ng/mL, as in Tokyo natto eaters (Kaneki 2001).
 */
export const MK7_SERUM_PER_DOSE_NG_PER_ML = (5.3 - 0.4) / 350;
/** Emax fit to Dalmeijer 2012 (Atherosclerosis 225:397): dp-ucMGP reduction ≈ 0.89·D/(D + 340). */
export const INACTIVE_MGP_MAX_REDUCTION = 0.89;
/** See INACTIVE_MGP_MAX_REDUCTION: dose giving half the maximum reduction (µg/day). */
export const INACTIVE_MGP_HALF_EFFECT_DOSE_MCG = 340;
/** Emax fit to Dalmeijer 2012: ucOC/cOC ratio reduction ≈ 0.97·D/(D + 110). */
export const UCOC_RATIO_MAX_REDUCTION = 0.97;
/** See UCOC_RATIO_MAX_REDUCTION: dose giving half the maximum reduction (µg/day). */
export const UCOC_RATIO_HALF_EFFECT_DOSE_MCG = 110;
/** Undercarboxylated share of osteocalcin with diet alone: ~20–30% (O'Connor 2007; adult figure uncertain). */
export const UNDERCARBOXYLATED_OSTEOCALCIN_DIET = 0.25;
/** Inactive (uncarboxylated) share of MGP with diet alone. Assumed, illustrative: no reliable human fraction exists. */
export const INACTIVE_MGP_DIET = 0.4;
/**
 * Share of normal carboxylation left on warfarin. Assumed, illustrative: warfarin blocks VKORC1 so carboxylation
 * falls to a low floor, and extra vitamin K shifts it a little, which is why K intake moves INR (Theuwissen 2013).
 */
export const WARFARIN_CARBOXYLATION_RETAINED = 0.2;

// ── Artery wall ───────────────────────────────────────────────────────────────────────────────

/**
 * Calcium deposited in artery walls by the reference adult (mg/day). No reliable human figure exists
 * (model-reference §1): the value is tiny so it never perturbs the balance, and the app shows only a relative index.
 */
export const ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY = 0.05;
/** Sensitivity of arterial deposition to ECF calcium (per unit relative change). Illustrative, no source. */
export const ARTERIAL_CALCIUM_LOAD_SENSITIVITY = 10;
/** One unit of the arterial calcium index: what the reference adult deposits in one year (mg). */
export const ARTERIAL_INDEX_UNIT_MG = ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY * DAYS_PER_YEAR;
