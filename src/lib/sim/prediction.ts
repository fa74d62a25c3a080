// Predict–observe–explain: the quantities and horizons a prediction can be about, their size categories, and how a prediction compares with the run.
import { defaultInputs, steadyState, type Snapshot } from '$lib/model';
import type { HistoryPoint } from './history';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from './time-format';

export type Direction = 'down' | 'same' | 'up';
export type Size = 'small' | 'medium' | 'large';

/** What a student can be asked to predict, in link order (`predict=bone,artery`). */
export const PREDICTED_QUANTITIES = [
	'bone',
	'artery',
	'absorption',
	'vitaminD',
	'osteocalcin',
	'mgp'
] as const;
export type PredictedQuantity = (typeof PREDICTED_QUANTITIES)[number];

/** How far ahead a prediction looks (`horizon=6m`): weeks to years. */
export const PREDICTION_HORIZONS = ['2w', '6w', '3m', '6m', '1y', '2y', '5y'] as const;
export type PredictionHorizon = (typeof PREDICTION_HORIZONS)[number];

/** The question a prediction answers: which quantities, after how long. */
export interface PredictionQuestion {
	quantities: readonly PredictedQuantity[];
	horizon: PredictionHorizon;
}

/** The question when the predict panel is opened without a link: bone and artery after one year. */
export const DEFAULT_QUESTION: PredictionQuestion = {
	quantities: ['bone', 'artery'],
	horizon: '1y'
};

/** Model days of a horizon (365.25-day years, 30.44-day months). */
export function horizonDays(horizon: PredictionHorizon): number {
	const count = Number(horizon.slice(0, -1));
	const unit = horizon.at(-1);
	return unit === 'w' ? count * 7 : unit === 'm' ? count * DAYS_PER_MONTH : count * DAYS_PER_YEAR;
}

/** One quantity's prediction: a direction and, unless it stays about the same, a rough size. */
export interface QuantityPrediction {
	direction: Direction;
	size?: Size;
}

export type Prediction = Partial<Record<PredictedQuantity, QuantityPrediction>>;

/** The run's change in each asked quantity at the horizon (units as in `quantitySpecs`). */
export type Observation = Partial<Record<PredictedQuantity, number>>;

interface QuantitySpec {
	/** The quantity in the units the student sees. */
	read: (snapshot: Snapshot) => number;
	/** Where "about the same" ends and small, medium and large begin (a change, in the units of `read`). */
	limits: { same: number; small: number; medium: number };
	/** Whether the quantity accumulates over time (the limits are per year and scale with the horizon). */
	perYear: boolean;
	/** The history field drawn on a chart, for quantities that have one. */
	historyField?: 'boneMineralChangePct' | 'arterialCalciumIndex';
}

/**
 * Size limits. Bone in % of bone mineral per year: presets span 0 (typical diet) to about −2.5 %/year (after menopause,
 * SWAN). Artery as the relative index per year (1 = a typical adult's yearly deposit): presets span about 0.5 (K2 360
 * µg/day) to 2.3 (warfarin). Absorption in percentage points: the sliders move it about −13 to +42 (low calcium
 * intake raises the share absorbed; D3 opens the gate). 25(OH)D in nmol/L: about −14 to +70 over the slider. Active osteocalcin and MGP in
 * percentage points of the carboxylated share: K2 raises them by up to about 21 and 27, warfarin lowers them by 60 and
 * 48 (the model's carboxylation curves; see doc/model.md).
 */
export const quantitySpecs: Record<PredictedQuantity, QuantitySpec> = {
	bone: {
		read: (s) => s.boneMineralChangePct,
		limits: { same: 0.1, small: 0.5, medium: 2 },
		perYear: true,
		historyField: 'boneMineralChangePct'
	},
	artery: {
		read: (s) => s.arterialCalciumIndex,
		limits: { same: 0.1, small: 0.75, medium: 1.5 },
		perYear: true,
		historyField: 'arterialCalciumIndex'
	},
	absorption: {
		read: (s) => s.fractionalAbsorption * 100,
		limits: { same: 1, small: 4, medium: 10 },
		perYear: false
	},
	vitaminD: {
		read: (s) => s.serum25OHDNmolL,
		limits: { same: 3, small: 10, medium: 30 },
		perYear: false
	},
	osteocalcin: {
		read: (s) => s.carboxylatedOsteocalcinFraction * 100,
		limits: { same: 2, small: 5, medium: 15 },
		perYear: false
	},
	mgp: {
		read: (s) => s.carboxylatedMgpFraction * 100,
		limits: { same: 2, small: 5, medium: 15 },
		perYear: false
	}
};

/** The typical adult every run starts from, computed when first asked (not while the page's modules load). */
let typical: Snapshot | undefined;
const typicalAdult = (): Snapshot => (typical ??= steadyState(defaultInputs()));

/** The change of a quantity from the typical adult every run starts from (bone and artery are changes already). */
export function changeOf(quantity: PredictedQuantity, snapshot: Snapshot): number {
	const spec = quantitySpecs[quantity];
	return spec.read(snapshot) - (spec.historyField ? 0 : spec.read(typicalAdult()));
}

/** The size limits for a horizon: accumulating quantities scale with time, levels do not. */
export function limitsAt(quantity: PredictedQuantity, days: number) {
	const { limits, perYear } = quantitySpecs[quantity];
	if (!perYear) return limits;
	const scale = days / DAYS_PER_YEAR;
	return { same: limits.same * scale, small: limits.small * scale, medium: limits.medium * scale };
}

/** The span of changes a prediction covers at the horizon; open-ended sizes reach ±Infinity. */
export function predictedRange(
	quantity: PredictedQuantity,
	days: number,
	prediction: QuantityPrediction
): { low: number; high: number } {
	const limits = limitsAt(quantity, days);
	if (prediction.direction === 'same' || !prediction.size)
		return { low: -limits.same, high: limits.same };
	const [near, far] = {
		small: [limits.same, limits.small],
		medium: [limits.small, limits.medium],
		large: [limits.medium, Infinity]
	}[prediction.size];
	return prediction.direction === 'up' ? { low: near, high: far } : { low: -far, high: -near };
}

/** The direction and size a change actually had, in the same categories as the prediction. */
export function classifyChange(
	quantity: PredictedQuantity,
	days: number,
	change: number
): QuantityPrediction {
	const limits = limitsAt(quantity, days);
	const magnitude = Math.abs(change);
	if (!(magnitude >= limits.same)) return { direction: 'same' };
	const size: Size =
		magnitude < limits.small ? 'small' : magnitude < limits.medium ? 'medium' : 'large';
	return { direction: change > 0 ? 'up' : 'down', size };
}

export type Verdict = 'match' | 'direction' | 'different';

/** Whether the prediction matched in direction and size, only in direction, or not at all. */
export function verdictOf(
	quantity: PredictedQuantity,
	days: number,
	prediction: QuantityPrediction,
	change: number
): Verdict {
	const actual = classifyChange(quantity, days, change);
	if (actual.direction !== prediction.direction) return 'different';
	if (actual.direction === 'same' || actual.size === prediction.size) return 'match';
	return 'direction';
}

/** A history field at `day`, interpolated linearly between the recorded points; undefined before the run gets there. */
export function valueAtDay(
	points: readonly HistoryPoint[],
	field: keyof Omit<HistoryPoint, 'day'>,
	day: number
): number | undefined {
	const afterIndex = points.findIndex((point) => point.day >= day);
	if (afterIndex < 0) return undefined;
	const after = points[afterIndex];
	const before = points[afterIndex - 1];
	if (!before || after.day === day) return after[field];
	const share = (day - before.day) / (after.day - before.day);
	return before[field] + share * (after[field] - before[field]);
}
