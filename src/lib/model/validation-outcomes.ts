/** Calibration targets of §4 and §7: outcomes, homeostasis, remodelling, vitamin D status, warfarin, arteries. */
import { ASSUMPTIONS } from './assumptions';
import type { CalibrationTarget } from './validation';
import {
	adaptationShare,
	after,
	arterialChangePct,
	boneByYear,
	burtDifference,
	k2BoneEffectPctPerYear,
	largestMenopauseCancellation,
	plasmaRange,
	steady
} from './validation-helpers';

const menopause = () => boneByYear(10, { lifeStage: 'postmenopausal' });
const each = (f: (assume: (typeof ASSUMPTIONS)[number]) => number) => ASSUMPTIONS.map(f);
const taiGain = (assume: (typeof ASSUMPTIONS)[number]) =>
	boneByYear(2, { calciumMgPerDay: 2000 }, assume)[2];
const yes = (condition: boolean) => (condition ? 1 : 0);
const warfarinBonePerYear = (lifeStage: 'adult' | 'postmenopausal') =>
	Math.max(
		...each(
			(assume) =>
				Math.abs(
					boneByYear(10, { lifeStage, warfarin: true }, assume)[10] -
						boneByYear(10, { lifeStage }, assume)[10]
				) / 10
		)
	);

export const outcomeTargets: CalibrationTarget[] = [
	{
		id: 'menopause-early',
		section: '4',
		target: 'Bone change after menopause, years 1–3 (mean)',
		source: 'SWAN, Greendale 2012 (~−2.5%/year)',
		min: -3,
		max: -2,
		units: '%/year',
		compute: () => menopause()[3] / 3
	},
	{
		id: 'menopause-late',
		section: '4',
		target: 'Bone change after menopause, years 4–10 (mean)',
		source: 'SWAN, Greendale 2012 (~−1%/year)',
		min: -1.3,
		max: -0.7,
		units: '%/year',
		compute: () => (menopause()[10] - menopause()[3]) / 7
	},
	{
		id: 'no-cancel',
		section: '4',
		target:
			'Largest share of 10-year menopausal loss any slider combination removes, any assumption',
		source: 'no trial shows a vitamin cancelling it',
		min: 0,
		max: 0.5,
		units: 'share',
		compute: () => Math.max(...each(largestMenopauseCancellation))
	},
	{
		id: 'knapen-central',
		section: '4',
		target: 'K2 180 µg/day after menopause, 3 years: slower loss (central)',
		source: 'Knapen 2013 vs null trials; Mott 2019',
		min: 0,
		max: 0.5,
		units: '%/year',
		compute: () => k2BoneEffectPctPerYear(3, 'central')
	},
	{
		id: 'knapen-range',
		section: '4',
		target: 'Same, low to high assumption: from none (null trials) to a fraction of a percent',
		source: 'Emaus 2010, Booth 2008, Binkley 2009, Cheung 2008; Knapen 2013',
		min: 0,
		max: 0.5,
		units: '%/year',
		compute: () => k2BoneEffectPctPerYear(3, 'high') - k2BoneEffectPctPerYear(3, 'low')
	},
	{
		id: 'knapen-late',
		section: '4',
		target: 'K2 effect after 1 year as a share of the 3-year effect (visible only after 2–3 years)',
		source: 'Knapen 2013',
		min: 0,
		max: 0.45,
		units: 'share',
		compute: () => (k2BoneEffectPctPerYear(1, 'high') * 1) / (k2BoneEffectPctPerYear(3, 'high') * 3)
	},
	{
		id: 'avadec-low',
		section: '4',
		target:
			'AVADEC regimen (720 µg MK-7 + 1000 IU D3, 2 years): arterial progression vs none, low assumption',
		source: 'Diederichsen 2022 (≈ −6%, CI −29% to +18%)',
		min: -29,
		max: 18,
		units: '%',
		compute: () => arterialChangePct({ k2McgPerDay: 720, d3IuPerDay: 1000 }, 2, 'low')
	},
	{
		id: 'avadec-central',
		section: '4',
		target: 'Same, central assumption',
		source: 'Diederichsen 2022',
		min: -29,
		max: 18,
		units: '%',
		compute: () => arterialChangePct({ k2McgPerDay: 720, d3IuPerDay: 1000 }, 2, 'central')
	},
	{
		id: 'avadec-high',
		section: '4',
		target:
			'Same, high assumption (the mechanism: MGP-knockout mice, Rotterdam cohort); outside the trial on purpose',
		source: 'Luo 1997; Geleijnse 2004 (OR 0.48)',
		min: -70,
		max: -30,
		units: '%',
		compute: () => arterialChangePct({ k2McgPerDay: 720, d3IuPerDay: 1000 }, 2, 'high')
	},
	{
		id: 'inr-off',
		section: '4',
		target: 'INR off warfarin',
		source: 'definition',
		min: 0.95,
		max: 1.05,
		units: 'INR',
		compute: () => steady().inr
	},
	{
		id: 'inr-on',
		section: '4',
		target: 'INR on warfarin, diet alone (therapeutic range)',
		source: 'clinical target 2–3',
		min: 2,
		max: 3,
		units: 'INR',
		compute: () => after(60, { warfarin: true }).inr
	},
	{
		id: 'theuwissen-45',
		section: '4',
		target: 'MK-7 45 µg/day on a vitamin K antagonist: fall in INR',
		source: 'Theuwissen 2013 (acenocoumarol; ≈ 40%)',
		min: 30,
		max: 50,
		units: '%',
		compute: () =>
			(1 - after(60, { warfarin: true, k2McgPerDay: 45 }).inr / after(60, { warfarin: true }).inr) *
			100
	},
	{
		id: 'theuwissen-10',
		section: '4',
		target: 'MK-7 10 µg/day on a vitamin K antagonist: fall in INR (clinically relevant)',
		source: 'Theuwissen 2013',
		min: 10,
		max: 35,
		units: '%',
		compute: () =>
			(1 - after(60, { warfarin: true, k2McgPerDay: 10 }).inr / after(60, { warfarin: true }).inr) *
			100
	},
	{
		id: 'theuwissen-tissue',
		section: '7',
		target: 'Same 45 µg/day: change in carboxylated osteocalcin and MGP (not measurable)',
		source: 'Theuwissen 2013; McCann & Ames 2009 (liver first)',
		min: 0,
		max: 3,
		units: 'points',
		compute: () => {
			const on = after(60, { warfarin: true });
			const k = after(60, { warfarin: true, k2McgPerDay: 45 });
			return (
				100 *
				Math.max(
					k.carboxylatedOsteocalcinFraction - on.carboxylatedOsteocalcinFraction,
					k.carboxylatedMgpFraction - on.carboxylatedMgpFraction
				)
			);
		}
	},
	{
		id: 'vka-overcome',
		section: '7',
		target:
			'High vitamin K partly overcomes warfarin in bone and vessels (1000 µg/day: carboxylated MGP vs diet on warfarin)',
		source: 'Schurgers 2004 (warfarin-insensitive route)',
		min: 2,
		max: 8,
		units: 'ratio',
		compute: () =>
			after(60, { warfarin: true, k2McgPerDay: 1000 }).carboxylatedMgpFraction /
			after(60, { warfarin: true }).carboxylatedMgpFraction
	},
	{
		id: 'warfarin-bone-adult',
		section: '7',
		target: 'Warfarin: bone effect, adult, any assumption',
		source: 'Fiordellisi 2019; Veronese 2015 (fracture odds ≈ 1.0)',
		min: 0,
		max: 0.05,
		units: '%/year',
		compute: () => warfarinBonePerYear('adult')
	},
	{
		id: 'warfarin-bone-post',
		section: '7',
		target: 'Warfarin: bone effect after menopause, any assumption',
		source: 'Fiordellisi 2019; Veronese 2015',
		min: 0,
		max: 0.35,
		units: '%/year',
		compute: () => warfarinBonePerYear('postmenopausal')
	},
	{
		id: 'plasma-spread',
		section: '7',
		target:
			'Plasma calcium spread over calcium 200–3000 mg, D3 0–10,000 IU, sun low to high (steady state)',
		source: 'textbooks: defended',
		min: 0,
		max: 0.1,
		units: 'mmol/L',
		compute: () => {
			const v = plasmaRange(['low', 'moderate', 'high']);
			return Math.max(...v) - Math.min(...v);
		}
	},
	{
		id: 'plasma-band',
		section: '7',
		target:
			'Lowest plasma calcium over the same grid plus no sun (deep deficiency at 200 mg is where people become hypocalcaemic)',
		source: 'textbooks (2.2–2.6)',
		min: 2.2,
		max: 2.6,
		units: 'mmol/L',
		compute: () => Math.min(...plasmaRange(['none', 'low', 'moderate', 'high']))
	},
	{
		id: 'pth-reference',
		section: '7',
		target: 'PTH, reference adult',
		source: 'textbooks (≈ 10–65)',
		min: 10,
		max: 65,
		units: 'pg/mL',
		compute: () => steady().pthPgMl
	},
	{
		id: 'pth-high-intake',
		section: '7',
		target: 'PTH at 3000 mg/day calcium (suppressed, not below range)',
		source: 'textbooks',
		min: 10,
		max: 35,
		units: 'pg/mL',
		compute: () => steady({ calciumMgPerDay: 3000 }).pthPgMl
	},
	{
		id: 'calcitriol-reference',
		section: '7',
		target: 'Calcitriol, reference adult',
		source: 'textbooks (≈ 40–150)',
		min: 40,
		max: 150,
		units: 'pmol/L',
		compute: () => steady().calcitriolPmolL
	},
	{
		id: 'low-intake-directions',
		section: '7',
		target: 'Low intake (400 mg): PTH up, calcitriol up, fractional absorption up (1 = all three)',
		source: 'IOM 2011; Peterson & Riggs 2010',
		min: 1,
		max: 1,
		units: 'yes',
		compute: () => {
			const a = steady({ calciumMgPerDay: 400 });
			const b = steady();
			return yes(
				a.pthPgMl > b.pthPgMl &&
					a.calcitriolPmolL > b.calcitriolPmolL &&
					a.fractionalAbsorption > b.fractionalAbsorption
			);
		}
	},
	{
		id: 'low-d-directions',
		section: '7',
		target:
			'Low 25(OH)D (no sun, no D3): PTH up (secondary hyperparathyroidism), absorption down (1 = both)',
		source: 'IOM 2011; Need 2008',
		min: 1,
		max: 1,
		units: 'yes',
		compute: () => {
			const a = steady({ sunExposure: 'none', d3IuPerDay: 0 });
			const b = steady();
			return yes(a.pthPgMl > b.pthPgMl && a.fractionalAbsorption < b.fractionalAbsorption);
		}
	},
	{
		id: 'adaptation-week',
		section: '7',
		target: 'Share of the absorption adaptation to 400 mg/day reached in the first week',
		source: 'adaptation over weeks (IOM 2011)',
		min: 0.2,
		max: 0.7,
		units: 'share',
		compute: () => adaptationShare(7)
	},
	{
		id: 'adaptation-six-weeks',
		section: '7',
		target: 'Share reached after six weeks',
		source: 'IOM 2011',
		min: 0.8,
		max: 1,
		units: 'share',
		compute: () => adaptationShare(42)
	},
	{
		id: 'tai-central',
		section: '7',
		target: 'Bone change after 2 years of +1000 mg/day calcium (central)',
		source: 'Tai 2015 (0.7–1.8% supplements; 0.6–1.0% diet)',
		min: 0.6,
		max: 1.8,
		units: '%',
		compute: () => taiGain('central')
	},
	{
		id: 'tai-range',
		section: '7',
		target: "Same, lowest and highest over the assumptions (both must lie in Tai 2015's range)",
		source: 'Tai 2015',
		min: 0.6,
		max: 1.8,
		units: '%',
		compute: () => {
			const v = each(taiGain);
			return Math.min(...v) < 0.6 ? Math.min(...v) : Math.max(...v);
		}
	},
	{
		id: 'tai-not-progressive',
		section: '7',
		target: 'Further bone change from year 2 to year 5 on +1000 mg/day (levels off)',
		source: 'Tai 2015; Heaney 1994',
		min: -0.15,
		max: 0.15,
		units: 'points',
		compute: () => {
			const b = boneByYear(5, { calciumMgPerDay: 2000 });
			return b[5] - b[2];
		}
	},
	{
		id: 'heaney-transient',
		section: '7',
		target: 'Share of that 5-year shift reached in the first year (a one-off transient)',
		source: 'Heaney 1994',
		min: 0.6,
		max: 0.95,
		units: 'share',
		compute: () => {
			const b = boneByYear(5, { calciumMgPerDay: 2000 });
			return b[1] / b[5];
		}
	},
	{
		id: 'deficiency-reached',
		section: '7',
		target: '25(OH)D with no sun and no D3 (deficiency < 25)',
		source: 'IOM 2011; Holick 2007',
		min: 0,
		max: 25,
		units: 'nmol/L',
		compute: () => after(365, { sunExposure: 'none', d3IuPerDay: 0 }).serum25OHDNmolL
	},
	{
		id: 'sun-high',
		section: '7',
		target: '25(OH)D with a lot of summer sun and no D3',
		source: 'Holick 2007',
		min: 75,
		max: 125,
		units: 'nmol/L',
		compute: () => after(365, { sunExposure: 'high', d3IuPerDay: 0 }).serum25OHDNmolL
	},
	{
		id: 'burt',
		section: '7',
		target: '10,000 vs 400 IU/day for 3 years: bone change difference (central)',
		source: 'Burt 2019 (radius −3.5% vs −1.2%; tibia −1.7% vs −0.4%)',
		min: -2.5,
		max: -0.3,
		units: 'points',
		compute: () => burtDifference('central')
	},
	{
		id: 'burt-every',
		section: '7',
		target: 'Same at the assumption least unfavourable to high doses (never good for bone)',
		source: 'Burt 2019',
		min: -3,
		max: 0,
		units: 'points',
		compute: () => Math.max(...each(burtDifference))
	},
	{
		id: 'osteocalcin-adult',
		section: '7',
		target:
			'K2 1000 µg/day in the adult, 5 years: bone change (no osteocalcin → bone-mass route outside trials)',
		source: 'Ducy 1996; Moriishi 2020',
		min: -0.05,
		max: 0.05,
		units: '%',
		compute: () =>
			Math.max(...each((assume) => Math.abs(boneByYear(5, { k2McgPerDay: 1000 }, assume)[5])))
	},
	{
		id: 'artery-age',
		section: '7',
		target: 'Arterial progression after menopause (older) vs the reference adult',
		source: 'MESA, Kronmal 2007 (progression rises with age)',
		min: 1.2,
		max: 2,
		units: 'ratio',
		compute: () =>
			after(730, { lifeStage: 'postmenopausal' }).arterialCalciumIndex /
			after(730).arterialCalciumIndex
	},
	{
		id: 'artery-unit',
		section: '7',
		target:
			'Arterial index after one year at the defaults (1 = a typical year, MESA median ≈ 14–21 Agatston units)',
		source: 'Kronmal 2007',
		min: 0.99,
		max: 1.01,
		units: 'index',
		compute: () => after(365.25).arterialCalciumIndex
	},
	{
		id: 'calcium-artery',
		section: '7',
		target:
			'Calcium 200 vs 3000 mg/day: arterial index difference after 3 years (defended blood calcium)',
		source: 'textbooks; doc/reference-values.md §7',
		min: -15,
		max: 15,
		units: '%',
		compute: () => {
			const days = 1096;
			return (
				((after(days, { calciumMgPerDay: 3000 }).arterialCalciumIndex -
					after(days, { calciumMgPerDay: 200 }).arterialCalciumIndex) /
					after(days).arterialCalciumIndex) *
				100
			);
		}
	}
];
