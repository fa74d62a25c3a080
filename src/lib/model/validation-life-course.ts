/** Calibration targets for issue 14's inputs (doc/reference-values.md §8): foods and forms of vitamin K, food vitamin D, the life course. */
import { lifeStageLimits } from './life-stages';
import { after, boneByYear, steady, ucRatio } from './validation-helpers';
import type { CalibrationTarget } from './validation';

const ucShare = (carboxylated: number) => ucRatio(carboxylated) / (1 + ucRatio(carboxylated));

/** Fall (%) of the undercarboxylated osteocalcin share from the usual diet to `change`, after two years. */
function ucOcFallPct(change: Parameters<typeof after>[1]): number {
	const base = ucShare(steady().carboxylatedOsteocalcinFraction);
	return (
		(1 - ucShare(after(730, change, 'central', 2).carboxylatedOsteocalcinFraction) / base) * 100
	);
}

/** Net bone balance (mg/day) of a stage at its own calcium RDA, at steady state. */
const boneAtRda = (lifeStage: 'child' | 'teen') =>
	steady({ lifeStage, calciumMgPerDay: lifeStageLimits(lifeStage).calciumRdaMgPerDay })
		.netBoneBalanceMgPerDay;

export const lifeCourseTargets: readonly CalibrationTarget[] = [
	{
		id: 'natto-food',
		section: '8',
		target: 'Serum MK-7 of a natto eater (350 µg/day MK-7 from food, no supplement)',
		source: 'Kaneki 2001 (~5.3 ng/mL vs ~0.4 in British women); loose band',
		min: 3,
		max: 8,
		units: 'ng/mL',
		compute: () => after(60, { dietMk7McgPerDay: 365 }).mk7SerumNgPerMl
	},
	{
		id: 'no-natto',
		section: '8',
		target: 'Serum MK-7 on the usual Western diet (15 µg/day from cheese)',
		source: 'Kaneki 2001 (~0.4 ng/mL, British women)',
		min: 0.2,
		max: 0.8,
		units: 'ng/mL',
		compute: () => steady().mk7SerumNgPerMl
	},
	{
		id: 'k1-ucoc',
		section: '8',
		target: 'Fall of the undercarboxylated osteocalcin share with +200 µg/day K1 for 2 years',
		source:
			'Bolton-Smith 2007 (tablet K1: about half); food K1 is absorbed less (Gijsbers 1996): loose band',
		min: 10,
		max: 70,
		units: '%',
		compute: () => ucOcFallPct({ k1McgPerDay: 450 })
	},
	{
		id: 'mk4-nutritional',
		section: '8',
		target: 'Serum MK-7 with 180 µg/day MK-4 (MK-4 does not appear in serum at nutritional doses)',
		source: 'Sato 2012 (Nutr J 11:93)',
		min: 0.39,
		max: 0.41,
		units: 'ng/mL',
		compute: () => after(60, { k2McgPerDay: 180, k2Form: 'mk4' }).mk7SerumNgPerMl
	},
	{
		id: 'mk4-drug',
		section: '8',
		target: 'Undercarboxylated osteocalcin share on 45 mg/day MK-4',
		source: 'menatetrenone lowers ucOC strongly (Shiraki 2000; Cockayne 2006 on its trials)',
		min: 0,
		max: 0.12,
		units: 'share',
		compute: () => 1 - after(60, { k2Form: 'mk4-drug' }).carboxylatedOsteocalcinFraction
	},
	{
		id: 'k1-inr',
		section: '8',
		target: 'INR change on warfarin with +100 µg/day K1 from food',
		source: 'Lubetsky 1999 (−0.2 per 100 µg/day)',
		min: -0.3,
		max: -0.1,
		units: 'INR',
		compute: () =>
			after(30, { warfarin: true, k1McgPerDay: 350 }).inr - after(30, { warfarin: true }).inr
	},
	{
		id: 'diet-d',
		section: '8',
		target: '25(OH)D rise with +400 IU/day of vitamin D from food (as a supplement)',
		source: 'Heaney 2003 (~0.7 nmol/L per µg, ≈ 7 nmol/L per 400 IU at the low end)',
		min: 4,
		max: 14,
		units: 'nmol/L',
		compute: () => steady({ dietVitaminDIuPerDay: 600 }).serum25OHDNmolL - steady().serum25OHDNmolL
	},
	{
		id: 'child-accrual',
		section: '8',
		target: 'Net bone calcium gain of a child (9–13) at the RDA, 1300 mg/day',
		source: 'Bailey 2000 (peak 284–359 mg/day; ~100–300 around puberty)',
		min: 100,
		max: 360,
		units: 'mg/day',
		compute: () => boneAtRda('child')
	},
	{
		id: 'teen-accrual',
		section: '8',
		target: 'Net bone calcium gain of a teenager (14–18) at the RDA, 1300 mg/day',
		source: 'Bailey 2000; Vatanparast 2010',
		min: 50,
		max: 360,
		units: 'mg/day',
		compute: () => boneAtRda('teen')
	},
	{
		id: 'child-absorption',
		section: '8',
		target: 'Fractional calcium absorption of a child at 1300 mg/day',
		source: 'Abrams 1997 (~30–40% around puberty)',
		min: 0.28,
		max: 0.42,
		units: 'fraction',
		compute: () => steady({ lifeStage: 'child', calciumMgPerDay: 1300 }).fractionalAbsorption
	},
	{
		id: 'older-loss',
		section: '8',
		target: 'Bone change over 70 at the RDA (1200 mg/day, 800 IU/day), per year over 3 years',
		source: 'Jones 1994 Dubbo; Ensrud 1995 (~0.5–1 %/year)',
		min: -1.2,
		max: -0.4,
		units: '%/year',
		compute: () =>
			boneByYear(3, { lifeStage: 'older', calciumMgPerDay: 1200, d3IuPerDay: 800 })[3] / 3
	},
	{
		id: 'older-skin',
		section: '8',
		target: '25(OH)D over 70 relative to an adult at the same sun, no supplement',
		source: 'MacLaughlin & Holick 1985 (skin synthesis about halved)',
		min: 0.6,
		max: 0.95,
		units: 'ratio',
		compute: () =>
			steady({ lifeStage: 'older', d3IuPerDay: 0 }).serum25OHDNmolL /
			steady({ d3IuPerDay: 0 }).serum25OHDNmolL
	},
	{
		id: 'older-artery',
		section: '8',
		target: 'Arterial deposition over 70 relative to the adult',
		source: 'MESA (McClelland 2006): calcification rises steeply with age; assumed size',
		min: 1.5,
		max: 4,
		units: 'ratio',
		compute: () =>
			steady({ lifeStage: 'older' }).arterialDepositionMgPerDay /
			steady().arterialDepositionMgPerDay
	}
];
