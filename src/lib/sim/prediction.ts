// Predict–observe–explain: a student's prediction for bone and artery after one year, its range on the charts, and how it compares with the run.
import type { HistoryPoint } from './history';
import { DAYS_PER_YEAR } from './time-format';

export type Direction = 'down' | 'same' | 'up';
export type Size = 'small' | 'medium' | 'large';
export type PredictedQuantity = 'bone' | 'artery';

/** One quantity's prediction: a direction and, unless it stays about the same, a rough size. */
export interface QuantityPrediction {
	direction: Direction;
	size?: Size;
}

export type Prediction = Record<PredictedQuantity, QuantityPrediction>;

/** The values the run reached at the end of the prediction's horizon. */
export type Observation = Record<PredictedQuantity, number>;

/** The prediction is about one year of model time. */
export const PREDICTION_DAYS = DAYS_PER_YEAR;

/**
 * Where "about the same" ends and small, medium and large begin (change over one year). Bone in % of bone mineral:
 * the model's presets span 0 (typical diet) to about −2.5 %/year (after menopause, SWAN). Artery as the relative index
 * (1 = a typical adult's yearly deposit): presets span about 0.5 (K2 360 µg/day) to 2.3 (warfarin).
 */
export const sizeLimits: Record<
	PredictedQuantity,
	{ same: number; small: number; medium: number }
> = {
	bone: { same: 0.1, small: 0.5, medium: 2 },
	artery: { same: 0.1, small: 0.75, medium: 1.5 }
};

export const historyField: Record<
	PredictedQuantity,
	'boneMineralChangePct' | 'arterialCalciumIndex'
> = {
	bone: 'boneMineralChangePct',
	artery: 'arterialCalciumIndex'
};

/** The span of values a prediction covers after one year; open-ended sizes reach ±Infinity. */
export function predictedRange(
	quantity: PredictedQuantity,
	prediction: QuantityPrediction
): { low: number; high: number } {
	const limits = sizeLimits[quantity];
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
export function classifyChange(quantity: PredictedQuantity, change: number): QuantityPrediction {
	const limits = sizeLimits[quantity];
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
	prediction: QuantityPrediction,
	change: number
): Verdict {
	const actual = classifyChange(quantity, change);
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

/** The run's bone and artery values one year in, or undefined while the run is younger than that. */
export function observeAfterOneYear(points: readonly HistoryPoint[]): Observation | undefined {
	const bone = valueAtDay(points, historyField.bone, PREDICTION_DAYS);
	const artery = valueAtDay(points, historyField.artery, PREDICTION_DAYS);
	return bone === undefined || artery === undefined ? undefined : { bone, artery };
}
