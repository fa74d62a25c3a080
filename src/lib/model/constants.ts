/**
 * Every certain-enough constant of the calcium routing model, with value, units and source (the tables are
 * copied in doc/reference-values.md). "Fit" means chosen to land the model inside a published range; it is not
 * a published law. Uncertain parameters with a low / central / high value live in assumptions.ts.
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
/** Plasma total calcium at the set point (mmol/L), taken proportional to ECF calcium; normal 2.2–2.6 (textbooks). */
export const PLASMA_CALCIUM_SET_POINT_MMOL_L = 2.35;
/** Normal plasma total calcium range (mmol/L), textbooks. */
export const PLASMA_CALCIUM_NORMAL_RANGE_MMOL_L = [2.2, 2.6] as const;
/** Bone calcium of the reference adult (mg): total body ~1000–1200 g, >99% in bone (IOM 2011). */
export const BONE_CALCIUM_ADULT_MG = 1_000_000;
/** Mean residence of unabsorbed calcium in the gut (days): whole-gut transit ~1–3 days (textbooks); one pool. */
export const GUT_TRANSIT_DAYS = 1;

// ── Vitamin D: skin, diet and supplements → serum 25(OH)D ─────────────────────────────────────

/**
 * Steady-state 25(OH)D = FLOOR + RISE·(1 − e^(−(IU + sun IU)/SCALE)) nmol/L. With moderate sun this is exactly
 * the fit 45 + 90·(1 − e^(−IU/3500)) to the anchors 0→~45, 800→60–65, 2000→80–85, 4000→105–115 nmol/L
 * (Heaney 2003; Gallagher 2012). FLOOR is 25(OH)D with no sun and no D3: deep deficiency (IOM 2011; Holick 2007).
 */
export const SERUM_25OHD_FLOOR_NMOL_L = 8;
/** See SERUM_25OHD_FLOOR_NMOL_L: the largest rise (nmol/L); FLOOR + RISE = 135, the fit's plateau (Gallagher 2012). */
export const SERUM_25OHD_RISE_NMOL_L = 127;
/** See SERUM_25OHD_FLOOR_NMOL_L: dose scale of the saturating rise (IU/day). Fit (Heaney 2003; Ekwaru 2014). */
export const SERUM_25OHD_DOSE_SCALE_IU = 3500;
/** 25(OH)D at 0 IU with moderate sun (nmol/L): the fit's 45 (model 1 baseline; Gallagher 2012 baseline ~39). */
export const SERUM_25OHD_MODERATE_SUN_NMOL_L = 45;
/**
 * Skin synthesis of each sun level as an equivalent oral dose (IU/day). Moderate is derived so the fit above holds;
 * the others are assumptions placing 0 IU at ~8 (none), ~25 (low) and ~95 nmol/L (high, summer outdoors; Holick 2007).
 */
export const SUN_EQUIVALENT_IU = {
	none: 0,
	low: 500,
	moderate:
		-SERUM_25OHD_DOSE_SCALE_IU *
		Math.log(
			(SERUM_25OHD_FLOOR_NMOL_L + SERUM_25OHD_RISE_NMOL_L - SERUM_25OHD_MODERATE_SUN_NMOL_L) /
				SERUM_25OHD_RISE_NMOL_L
		),
	high: 4000
} as const;
/** First-order time constant of 25(OH)D (days): 90% of a change in ~75 days, "2–3 months" (Heaney 2003). */
export const SERUM_25OHD_TIME_CONSTANT_DAYS = 75 / Math.LN10;

// ── Gut absorption and secretion ──────────────────────────────────────────────────────────────

/** True fractional absorption of the reference adult at 1000 mg/day: ~25% (IOM 2011). Calibration target. */
export const FRACTIONAL_ABSORPTION_REFERENCE = 0.26;
/** Passive paracellular absorption: a fixed, non-saturable share (Bronner 2003, J Cell Biochem 88:387). 8% is a fit. */
export const PASSIVE_ABSORPTION_FRACTION = 0.08;
/** Half-saturation of the active (calbindin/TRPV6) route (mg/day through the gut). Fit to the inverse intake relation (IOM 2011). */
export const ACTIVE_ABSORPTION_HALF_SATURATION_MG_PER_DAY = 400;
/** Largest fractional absorption the model allows (a guard; reached only by a growing child on ~200 mg/day with ample vitamin D). */
export const FRACTIONAL_ABSORPTION_MAX = 0.9;
/** Endogenous calcium secreted into the gut at the set point (mg/day): 100–200 (IOM 2011 Table 5-2; textbooks). */
export const GUT_SECRETION_MG_PER_DAY = 120;
/**
 * Time constant of the gut's transport capacity (calbindin, TRPV6) following calcitriol (days). Assumed: adaptation
 * of absorption to a new intake develops over weeks (IOM 2011 ch. 3; Peterson & Riggs 2010 use a days-long delay).
 */
export const GUT_ADAPTATION_TIME_CONSTANT_DAYS = 10;
/** Exponent of calcitriol on the gut's transport capacity (Peterson & Riggs 2010 use a saturating law). Fit. */
export const CALCITRIOL_GUT_EXPONENT = 1;

// ── Parathyroid hormone (PTH) ─────────────────────────────────────────────────────────────────

/** PTH at the set point (pg/mL); reference range ≈ 10–65 (textbooks; doc/reference-values.md §7). */
export const PTH_REFERENCE_PG_ML = 35;
/**
 * Steepness of the calcium–PTH sigmoid (per unit relative change of calcium) and its midpoint (relative calcium):
 * PTH secretion falls from maximum to minimum over ~±10% of ionised calcium (Brown 1983); the set point sits on the
 * lower part of the curve. Fit: a 1% fall in calcium raises PTH secretion ~20%.
 */
export const PTH_SIGMOID_STEEPNESS = 40;
/** See PTH_SIGMOID_STEEPNESS: midpoint of the sigmoid (relative calcium). */
export const PTH_SIGMOID_MIDPOINT = 0.97;
/** Secretion that even high calcium does not suppress, relative to the sigmoid's span (Brown 1983: ~10%). */
export const PTH_MINIMUM_SECRETION = 0.1;
/**
 * Parathyroid gland capacity: grows while secretion is stimulated, a slow, integral-like control (gland
 * hyperplasia; Peterson & Riggs 2010 "PT gland capacity"). Time constant (days) and leak. Assumed.
 */
export const PTH_GLAND_TIME_CONSTANT_DAYS = 20;
/** Largest gland capacity (relative): hyperplasia is bounded; caps PTH below ~1000 pg/mL in deep deficiency. Assumed. */
export const PTH_GLAND_MAX_CAPACITY = 8;
/** See PTH_GLAND_TIME_CONSTANT_DAYS: leak of the integral (0 = perfect integral; 0.5 triples the loop gain). */
export const PTH_GLAND_LEAK = 0.5;

// ── Calcitriol (1,25(OH)2D) ───────────────────────────────────────────────────────────────────

/** Calcitriol at the set point (pmol/L); reference range ≈ 40–150 (textbooks; doc/reference-values.md §7). */
export const CALCITRIOL_REFERENCE_PMOL_L = 95;
/** Exponent of PTH on renal 1α-hydroxylase (calcitriol production). Fit (Peterson & Riggs 2010: saturating in PTH). */
export const CALCITRIOL_PTH_EXPONENT = 0.6;
/**
 * 25(OH)D at which substrate halves calcitriol production (nmol/L) and the Hill exponent: calcitriol falls only in
 * deep deficiency, which is why absorption drops steeply below ~10 nmol/L and is flat at 21–40 (Need 2008). Fit.
 */
export const CALCITRIOL_SUBSTRATE_HALF_NMOL_L = 10;
/** See CALCITRIOL_SUBSTRATE_HALF_NMOL_L: Hill exponent. Fit. */
export const CALCITRIOL_SUBSTRATE_HILL = 3;
/** Time constant of calcitriol (days): half-life ~5–8 h, renal enzyme induction over about a day (textbooks). */
export const CALCITRIOL_TIME_CONSTANT_DAYS = 1;

// ── Kidney ────────────────────────────────────────────────────────────────────────────────────

/** Rise of urinary calcium with plasma calcium (filtered load and the calcium-sensing receptor), per unit relative change. Fit. */
export const URINE_CALCIUM_SENSITIVITY = 8;
/** Exponent of PTH on urinary calcium: PTH raises distal tubular reabsorption (textbooks). Fit. */
export const URINE_PTH_EXPONENT = 1;

// ── Bone remodelling ──────────────────────────────────────────────────────────────────────────

/** Bone resorption = formation in the reference adult (mg/day): 400–600 (textbooks; Peterson & Riggs 2010 ~380–400). */
export const BONE_TURNOVER_MG_PER_DAY = 500;
/**
 * Mean time from resorption to refilling of a remodelling site (days): resorption takes weeks, refilling months, so
 * a change in remodelling rate shifts bone once over months to a year (Heaney 1994, J Bone Miner Res 9:1515). Assumed.
 */
export const REMODELLING_REFILL_DAYS = 130;
/** Activation of remodelling after menopause, relative to the adult: turnover markers rise ~50–100% (textbooks). Assumed. */
export const MENOPAUSE_ACTIVATION = 1.6;
/**
 * Share of each resorbed site not refilled after menopause: early (the ~3-year transition) and late. Fits to spine
 * loss of ~2.5%/year over the transition, then ~1%/year (SWAN, Greendale 2012), with the remodelling transient included.
 */
export const MENOPAUSE_EARLY_DEFICIT = 0.058;
/** See MENOPAUSE_EARLY_DEFICIT: later deficit. Fit. */
export const MENOPAUSE_LATE_DEFICIT = 0.034;
/** Length of the fast-loss transition (years), SWAN (Greendale 2012). */
export const MENOPAUSE_TRANSITION_YEARS = 3;
/** Width of the smooth step from early to late loss (years). Smoothing choice, no source. */
export const MENOPAUSE_TRANSITION_WIDTH_YEARS = 0.25;
/** 25(OH)D above which very high vitamin D starts to cost bone (nmol/L): Burt 2019 saw loss at ~132 and ~144. Assumed. */
export const HIGH_VITAMIN_D_THRESHOLD_NMOL_L = 100;
/** 25(OH)D of Burt 2019's 10,000 IU arm at 3 years (nmol/L), where the loss assumption is set (JAMA 322:736). */
export const BURT_HIGH_DOSE_SERUM_NMOL_L = 144;

// ── Vitamin K2 (MK-7) and carboxylation ───────────────────────────────────────────────────────

/** MK-7 half-life in serum (days): ~68 h (Schurgers 2007, Blood 109:3279). */
export const MK7_HALF_LIFE_DAYS = 68 / 24;
/** Serum MK-7 from the diet alone (ng/mL): ~0.4 in British women (Kaneki 2001). */
export const MK7_DIET_SERUM_NG_PER_ML = 0.4;
/** Rise of steady-state serum MK-7 per µg/day (ng/mL per µg/day): ~350 µg/day gives ~5.3 ng/mL (Kaneki 2001). Assumed linear. */
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
 * Share of bone and vessel carboxylation left on warfarin without extra vitamin K (VKORC1 blocked). Assumed low floor;
 * extra vitamin K lifts it only at high doses because the liver is served first (McCann & Ames 2009, triage).
 */
export const WARFARIN_EXTRAHEPATIC_RETAINED = 0.2;
/** MK-7 dose (µg/day) restoring half the lost bone and vessel carboxylation on warfarin (Hill 2). Assumed (triage). */
export const WARFARIN_EXTRAHEPATIC_HALF_DOSE_MCG = 300;
/**
 * On warfarin, vitamin K still reaches the liver's carboxylase by the warfarin-insensitive reductase (Schurgers 2004).
 * Diet's contribution as an MK-7-equivalent dose (µg/day) and the liver's half-saturation: fits so that the INR is
 * 2.5 on the diet alone and 45 µg/day of MK-7 lowers it by ~40% (Theuwissen 2013, people on acenocoumarol).
 */
export const WARFARIN_DIET_VITAMIN_K_MCG = 22.5;
/** See WARFARIN_DIET_VITAMIN_K_MCG: liver half-saturation (µg/day MK-7 equivalent). Fit. */
export const LIVER_HALF_SATURATION_MCG = 33.75;
/**
 * Liver's potency of K1 and MK-4 from food (µg MK-7 equivalent per µg): INR falls ~0.2 per +100 µg/day of K1 on
 * warfarin (Lubetsky 1999, Thromb Haemost 81:396); at INR 2.5 the INR law's slope is 33.75/22.5² per µg, so 0.03.
 */
export const LIVER_SHORT_FORM_POTENCY = 0.03;
/** Smallest vitamin K supply the liver branch sees (µg/day MK-7 eq.): a guard so INR stays finite (≤ ~18). */
export const LIVER_SUPPLY_FLOOR_MCG = 2;
/** MK-4 (menatetrenone) dose prescribed for osteoporosis in Japan: 45 mg/day (Cockayne 2006, Arch Intern Med 166:1256). */
export const MK4_DRUG_DOSE_MCG = 45_000;
/**
 * The reference diet's vitamin K for bone and vessels as an MK-7-equivalent dose (µg/day) at the central potencies:
 * 0.15 × 250 µg K1 + 0.1 × 10 µg MK-4 + 15 µg MK-7…9 = 53.5. A diet with less falls toward "no vitamin K" over this scale.
 */
export const DIET_K_DEPLETION_SCALE_MCG = 53.5;
/**
 * Rise of the ucOC/cOC ratio with no vitamin K at all (×(1 + this)): assumed 1, ucOC 25% → 40%; phylloquinone
 * restriction raises %ucOC (Booth 2003, Am J Clin Nutr 77:512), size uncertain.
 */
export const UCOC_RATIO_DEPLETION_MAX = 1;
/** Rise of the inactive MGP share with no vitamin K at all (×(1 + this)): assumed 0.5, 40% → 60%. Illustrative. */
export const INACTIVE_MGP_DEPLETION_MAX = 0.5;

// ── Artery wall ───────────────────────────────────────────────────────────────────────────────

/**
 * Calcium deposited in artery walls by the reference adult (mg/day). No human mass figure exists: the value is tiny
 * so it never perturbs the balance; the app shows only a relative index whose unit is one year of it.
 */
export const ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY = 0.05;
/** Sensitivity of deposition to the calcium(-phosphate) load, per unit relative change of plasma calcium. Illustrative. */
export const ARTERIAL_CALCIUM_LOAD_SENSITIVITY = 5;
/** Progression after menopause (older) relative to the reference adult: progression rises with age (MESA, Kronmal 2007). Assumed. */
export const ARTERIAL_AGE_FACTOR_POSTMENOPAUSAL = 1.5;
/** One unit of the arterial calcium index: what the reference adult deposits in one year (mg). */
export const ARTERIAL_INDEX_UNIT_MG = ARTERIAL_DEPOSITION_REFERENCE_MG_PER_DAY * DAYS_PER_YEAR;
