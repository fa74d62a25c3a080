// Each rate law behaves as its source says (shape, direction, size), and the one assembler agrees with step and steady state.
import { describe, expect, it } from 'vitest';
import { assumptionValues } from './assumptions';
import { highVitaminDDeficit, lifeStageDeficit, refillShare, resorptionMgPerDay } from './bone';
import {
	REFERENCE_CARBOXYLATED_MGP,
	REFERENCE_CARBOXYLATED_OSTEOCALCIN,
	REFERENCE_URINE_MG_PER_DAY,
	TRIAL_DOSE_CARBOXYLATED_OSTEOCALCIN
} from './calibration';
import { ECF_CALCIUM_SET_POINT_MG, DAYS_PER_YEAR, PTH_REFERENCE_PG_ML } from './constants';
import {
	arterialDepositionMgPerDay,
	assembleFluxes,
	emptyFluxes,
	fractionalAbsorption,
	growthMgPerDay,
	osteocalcinShift,
	plasmaCalciumMmolL,
	prepareFluxes,
	urineMgPerDay
} from './fluxes';
import {
	pthPgMl,
	glandCapacityAfter,
	glandCapacitySteadyState,
	calcitriolSubstrateFactor
} from './hormones';
import { defaultInputs } from './parameters';
import { fluxPointOf } from './point';
import { steadyStateOf } from './simulate';
import { initialState } from './state';

const central = assumptionValues('central');

describe('absorption', () => {
	it('absorbs a smaller fraction but more calcium as intake rises, and never more than passes through', () => {
		let previous = 0;
		for (const inflow of [0, 100, 320, 1120, 2120, 3120]) {
			const fraction = fractionalAbsorption(inflow, 1);
			const absorbed = fraction * inflow;
			expect(fraction).toBeLessThanOrEqual(0.9);
			expect(absorbed).toBeLessThanOrEqual(inflow);
			expect(absorbed).toBeGreaterThanOrEqual(previous);
			previous = absorbed;
		}
		expect(fractionalAbsorption(320, 1)).toBeGreaterThan(fractionalAbsorption(3120, 1));
	});

	it('rises with transport capacity and caps at 90%', () => {
		expect(fractionalAbsorption(1120, 2)).toBeGreaterThan(fractionalAbsorption(1120, 1));
		expect(fractionalAbsorption(1120, 0)).toBeCloseTo(0.08, 10);
		expect(fractionalAbsorption(10, 50)).toBe(0.9);
		expect(fractionalAbsorption(1120, 1)).toBeCloseTo(0.26, 10);
	});
});

describe('homeostasis', () => {
	it('makes PTH rise steeply when calcium falls and fall when it rises (35 pg/mL at the set point)', () => {
		expect(pthPgMl(1, 1)).toBeCloseTo(PTH_REFERENCE_PG_ML, 10);
		expect(pthPgMl(0.99, 1) / pthPgMl(1, 1)).toBeGreaterThan(1.15);
		expect(pthPgMl(1.01, 1)).toBeLessThan(pthPgMl(1, 1));
		expect(pthPgMl(1, 2)).toBeCloseTo(2 * PTH_REFERENCE_PG_ML, 10);
	});

	it('grows the gland while calcium stays low, and not at the set point', () => {
		expect(glandCapacityAfter(1, 1, 30)).toBeCloseTo(1, 12);
		expect(glandCapacityAfter(1, 0.99, 30)).toBeGreaterThan(1);
		expect(glandCapacityAfter(1, 1.01, 30)).toBeLessThan(1);
		expect(glandCapacityAfter(1, 0.99, 10_000)).toBeCloseTo(glandCapacitySteadyState(0.99), 6);
	});

	it('limits calcitriol by 25(OH)D only in deep deficiency', () => {
		expect(calcitriolSubstrateFactor(8)).toBeLessThan(0.4);
		expect(calcitriolSubstrateFactor(30)).toBeGreaterThan(0.95);
		expect(calcitriolSubstrateFactor(-5)).toBe(0);
	});

	it('passes more calcium into the urine as calcium rises and less as PTH rises', () => {
		const set = ECF_CALCIUM_SET_POINT_MG;
		expect(urineMgPerDay(set, PTH_REFERENCE_PG_ML)).toBeCloseTo(REFERENCE_URINE_MG_PER_DAY, 10);
		expect(urineMgPerDay(set * 1.01, PTH_REFERENCE_PG_ML)).toBeGreaterThan(
			REFERENCE_URINE_MG_PER_DAY
		);
		expect(urineMgPerDay(set, 2 * PTH_REFERENCE_PG_ML)).toBeLessThan(REFERENCE_URINE_MG_PER_DAY);
	});
});

describe('bone', () => {
	it('refills every site in the adult and leaves a deficit after menopause, larger in the first ~3 years (SWAN)', () => {
		expect(lifeStageDeficit('adult', 0)).toBe(0);
		const early = lifeStageDeficit('postmenopausal', 365);
		const late = lifeStageDeficit('postmenopausal', 8 * DAYS_PER_YEAR);
		expect(early).toBeGreaterThan(late);
		expect(late).toBeGreaterThan(0);
		expect(refillShare(0, 1, assumptionValues('high'))).toBe(1);
	});

	it('lets the osteocalcin hypothesis change loss only where there is loss, by at most the assumed size', () => {
		const high = assumptionValues('high');
		const low = assumptionValues('low');
		expect(refillShare(0.034, 1, low)).toBeCloseTo(1 - 0.034, 12);
		expect(refillShare(0.034, 1, high)).toBeGreaterThan(1 - 0.034);
		expect(refillShare(0.034, -1, high)).toBeLessThan(1 - 0.034);
		expect(refillShare(0.034, 5, high)).toBe(refillShare(0.034, 1, high));
		expect(osteocalcinShift(0.75)).toBeCloseTo(0, 10);
	});

	it('resorbs more after menopause and when PTH is high; very high 25(OH)D adds a deficit', () => {
		expect(resorptionMgPerDay('adult', PTH_REFERENCE_PG_ML, 0.5)).toBeCloseTo(500, 10);
		expect(resorptionMgPerDay('postmenopausal', PTH_REFERENCE_PG_ML, 0.5)).toBeGreaterThan(500);
		expect(resorptionMgPerDay('adult', 2 * PTH_REFERENCE_PG_ML, 0.5)).toBeCloseTo(
			500 * Math.SQRT2,
			8
		);
		expect(highVitaminDDeficit(100, 0.8)).toBe(0);
		expect(highVitaminDDeficit(144, 0.8)).toBeGreaterThan(highVitaminDDeficit(120, 0.8));
	});
});

describe('artery wall', () => {
	it('deposits more with inactive MGP (as strongly as the assumption says), with calcium load and with age', () => {
		const set = ECF_CALCIUM_SET_POINT_MG;
		const ref = arterialDepositionMgPerDay(set, REFERENCE_CARBOXYLATED_MGP, 'adult', 0.3);
		expect(ref).toBeCloseTo(0.05, 10);
		expect(arterialDepositionMgPerDay(set, 0.9, 'adult', 0.3)).toBeLessThan(ref);
		expect(arterialDepositionMgPerDay(set, 0.9, 'adult', 1)).toBeLessThan(
			arterialDepositionMgPerDay(set, 0.9, 'adult', 0.3)
		);
		expect(
			arterialDepositionMgPerDay(set * 1.02, REFERENCE_CARBOXYLATED_MGP, 'adult', 0.3)
		).toBeGreaterThan(ref);
		expect(
			arterialDepositionMgPerDay(set, REFERENCE_CARBOXYLATED_MGP, 'postmenopausal', 0.3)
		).toBeCloseTo(0.075, 10);
	});
});

describe('assembleFluxes', () => {
	it('balances at the reference adult: net absorption = urine + arterial deposit, formation = resorption', () => {
		const flux = assembleFluxes(fluxPointOf(initialState(), defaultInputs(), central));
		expect(flux.absorbed - flux.secretion).toBeCloseTo(flux.urine + flux.arterial, 8);
		expect(flux.formation).toBeCloseTo(flux.resorption, 8);
		expect(flux.faecal).toBeCloseTo(flux.unabsorbed, 8);
	});

	it('answers a new intake at once, never absorbing more than today’s intake plus secretions (day 0, paused)', () => {
		const state = initialState();
		for (const calciumMgPerDay of [200, 400, 3000]) {
			const flux = assembleFluxes(
				fluxPointOf(state, { ...defaultInputs(), calciumMgPerDay }, central)
			);
			expect(flux.absorbed).toBeLessThanOrEqual(calciumMgPerDay + flux.secretion);
			expect(flux.absorbed - flux.secretion).toBeLessThan(calciumMgPerDay);
			expect(flux.gutInflow).toBeCloseTo(calciumMgPerDay + flux.secretion, 10);
		}
	});

	it('is what the steady state solves: every pool still', () => {
		const inputs = { ...defaultInputs(), calciumMgPerDay: 400, sunExposure: 'low' as const };
		const state = steadyStateOf(inputs);
		const flux = assembleFluxes(fluxPointOf(state, inputs, central));
		expect(flux.absorbed + flux.resorption).toBeCloseTo(
			flux.secretion + flux.formation + flux.urine + flux.arterial,
			6
		);
		expect(state.remodellingSpaceMg).toBeCloseTo(flux.resorption * 130, 6);
	});
});

describe('the rate laws at their edges', () => {
	it('absorbs only the passive 8% without transport, reads negative amounts as none, and scales the active route by life stage', () => {
		expect(fractionalAbsorption(1120, -1)).toBeCloseTo(0.08, 12);
		expect(fractionalAbsorption(-500, 1)).toBe(fractionalAbsorption(0, 1));
		// The reference adult's active share is 0.18 (26% − 8% passive); a child's ×1.5 saturates toward 0.82.
		const active = 0.18;
		expect(fractionalAbsorption(1120, 1, 1.5)).toBeCloseTo(
			0.08 + (1.5 * active) / (1 + (0.5 * active) / 0.82),
			12
		);
		expect(fractionalAbsorption(1120, 1, 0.8)).toBeCloseTo(
			0.08 + (0.8 * active) / (1 - (0.2 * active) / 0.82),
			12
		);
	});

	it('reads plasma calcium as 2.35 mmol/L at the set point, in proportion to ECF calcium', () => {
		expect(plasmaCalciumMmolL(ECF_CALCIUM_SET_POINT_MG)).toBeCloseTo(2.35, 12);
		expect(plasmaCalciumMmolL(ECF_CALCIUM_SET_POINT_MG * 1.02)).toBeCloseTo(2.35 * 1.02, 12);
	});

	it('stops arterial deposition (never negative) when a strong brake meets fully carboxylated MGP, and in a child', () => {
		const set = ECF_CALCIUM_SET_POINT_MG;
		expect(arterialDepositionMgPerDay(set, 1, 'adult', 2)).toBe(0);
		expect(arterialDepositionMgPerDay(set, 1, 'adult', 0.5)).toBeCloseTo(0.025, 12);
		expect(arterialDepositionMgPerDay(set, REFERENCE_CARBOXYLATED_MGP, 'child', 0.3)).toBe(0);
	});

	it('puts the osteocalcin shift at +1 at the 180 µg/day trial dose and −1 as far below the diet', () => {
		expect(osteocalcinShift(REFERENCE_CARBOXYLATED_OSTEOCALCIN)).toBe(0);
		expect(osteocalcinShift(TRIAL_DOSE_CARBOXYLATED_OSTEOCALCIN)).toBeCloseTo(1, 12);
		expect(
			osteocalcinShift(2 * REFERENCE_CARBOXYLATED_OSTEOCALCIN - TRIAL_DOSE_CARBOXYLATED_OSTEOCALCIN)
		).toBeCloseTo(-1, 12);
	});

	it('lays down the whole growth accretion at or below reference PTH and less as PTH rises (Matkovic & Heaney 1992)', () => {
		expect(growthMgPerDay(200, 1)).toBeCloseTo(200, 12);
		expect(growthMgPerDay(200, 0.5)).toBeCloseTo(200, 12);
		expect(growthMgPerDay(200, 0)).toBeCloseTo(200, 12);
		// PTH twice reference: r = 1/2, 200·2·(1/2)/(1 + 1/2).
		expect(growthMgPerDay(200, 2)).toBeCloseTo(400 / 3, 10);
	});

	it('starts every flux record at zero, one field per flow', () => {
		const empty = emptyFluxes();
		expect(Object.keys(empty)).toHaveLength(14);
		for (const value of Object.values(empty)) expect(value).toBe(0);
	});
});

describe('prepareFluxes by life stage', () => {
	const prepared = (change: Partial<ReturnType<typeof defaultInputs>>, serum?: number) => {
		const point = fluxPointOf(initialState(), { ...defaultInputs(), ...change }, central);
		return prepareFluxes(serum === undefined ? point : { ...point, serum25OHDNmolL: serum });
	};

	it('gives a child growth, faster absorption and no arterial deposition; over 70 faster remodelling', () => {
		const child = prepared({ lifeStage: 'child' });
		expect(child.growthMgPerDay).toBe(200);
		expect(child.absorptionFactor).toBe(1.5);
		expect(child.arterialAtSetPoint).toBe(0);
		expect(child.refillShare).toBe(1);
		expect(child.resorptionAtReferencePth).toBeCloseTo(500, 12);
		expect(child.pthRemodellingExponent).toBe(0.42);
		expect(prepared({ lifeStage: 'older' }).resorptionAtReferencePth).toBeCloseTo(600, 12);
		expect(prepared({}).arterialAtSetPoint).toBeCloseTo(0.05, 12);
	});

	it('refills less after menopause (SWAN) and at very high 25(OH)D (Burt 2019)', () => {
		expect(prepared({ lifeStage: 'postmenopausal' }).refillShare).toBeCloseTo(
			1 - lifeStageDeficit('postmenopausal', 0),
			12
		);
		expect(prepared({}, 144).refillShare).toBeCloseTo(1 - highVitaminDDeficit(144, 0.8), 12);
	});

	it('passes state and inputs through to the flows: faeces from the lumen, refill from the remodelling space', () => {
		const state = {
			...initialState(),
			gutLumenMg: 500,
			remodellingSpaceMg: 13_000,
			ecfCalciumMg: 1.02 * ECF_CALCIUM_SET_POINT_MG
		};
		const flux = assembleFluxes(
			fluxPointOf(state, { ...defaultInputs(), calciumMgPerDay: 700 }, central)
		);
		expect(flux.faecal).toBeCloseTo(500, 12);
		expect(flux.refill).toBeCloseTo(100, 12);
		expect(flux.formation).toBeCloseTo(100, 12);
		// Secretions (120 mg/day at the set point) follow ECF calcium.
		expect(flux.secretion).toBeCloseTo(120 * 1.02, 12);
		expect(flux.gutInflow).toBeCloseTo(700 + 120 * 1.02, 12);
		expect(flux.unabsorbed).toBeCloseTo(flux.gutInflow - flux.absorbed, 12);
	});
});

describe('bone laws, exactly', () => {
	/** mg/day per %/year of the 1000 g reference skeleton. */
	const mgPerPct = 1_000_000 / 100 / DAYS_PER_YEAR;

	it('halves the menopausal deficit between its early 5.8% and late 3.4% at the 3-year transition', () => {
		expect(lifeStageDeficit('postmenopausal', 3 * DAYS_PER_YEAR)).toBeCloseTo(0.046, 12);
		expect(lifeStageDeficit('postmenopausal', 0)).toBeCloseTo(0.058, 5);
		// A quarter-year (one transition width) later the early share is 1/(1 + e).
		expect(lifeStageDeficit('postmenopausal', 3.25 * DAYS_PER_YEAR)).toBeCloseTo(
			0.034 + 0.024 / (1 + Math.E),
			12
		);
		expect(lifeStageDeficit('postmenopausal', 20 * DAYS_PER_YEAR)).toBeCloseTo(0.034, 12);
		expect(lifeStageDeficit('older', 1000)).toBeGreaterThan(0);
	});

	it('adds the Burt 2019 deficit linearly from 100 to 144 nmol/L: the assumed %/year at 144, half at 122', () => {
		expect(highVitaminDDeficit(144, 0.8)).toBeCloseTo((0.8 * mgPerPct) / 500, 12);
		expect(highVitaminDDeficit(122, 0.8)).toBeCloseTo((0.4 * mgPerPct) / 500, 12);
		expect(highVitaminDDeficit(60, 0.8)).toBe(0);
	});

	it('moves refilling by the assumed K2 effect in proportion to how much loss there is, and never past full refill', () => {
		const high = assumptionValues('high');
		// 0.3 %/year at late-postmenopausal turnover (500 mg/day × 1.6); half the late deficit: half the effect.
		const k2 = (0.3 * mgPerPct) / (500 * 1.6);
		expect(refillShare(0.017, 1, high)).toBeCloseTo(1 - (0.017 - k2 * 0.5), 12);
		expect(refillShare(0.068, 1, high)).toBeCloseTo(1 - (0.068 - k2), 12);
		expect(refillShare(0.017, -5, high)).toBeCloseTo(1 - (0.017 + k2 * 0.5), 12);
		expect(refillShare(0.017, 1, { ...high, k2BonePctPerYear: 2 })).toBe(1);
	});
});
