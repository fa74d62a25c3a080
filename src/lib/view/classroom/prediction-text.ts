// Words for predictions: quantity names, horizons, the choices offered, the prediction as a line, what the run did, and the comparison sentence.
import { m } from '$lib/paraglide/messages';
import {
	classifyChange,
	limitsAt,
	verdictOf,
	type PredictedQuantity,
	type PredictionHorizon,
	type QuantityPrediction,
	type Verdict
} from '$lib/sim/prediction';
import { formatNumber } from '../format';

export const quantityLabel: Record<PredictedQuantity, () => string> = {
	bone: () => m.classroom_predict_bone_legend(),
	artery: () => m.classroom_predict_artery_legend(),
	absorption: () => m.classroom_predict_absorption_legend(),
	vitaminD: () => m.classroom_predict_vitamin_d_legend(),
	osteocalcin: () => m.classroom_predict_osteocalcin_legend(),
	mgp: () => m.classroom_predict_mgp_legend()
};

export const horizonLabel: Record<PredictionHorizon, () => string> = {
	'2w': () => m.classroom_horizon_2w(),
	'6w': () => m.classroom_horizon_6w(),
	'3m': () => m.classroom_horizon_3m(),
	'6m': () => m.classroom_horizon_6m(),
	'1y': () => m.classroom_horizon_1y(),
	'2y': () => m.classroom_horizon_2y(),
	'5y': () => m.classroom_horizon_5y()
};

/** A choice's key: `same`, `up_small`, … */
export function choiceKey(choice: QuantityPrediction): string {
	return choice.direction === 'same' || !choice.size
		? 'same'
		: `${choice.direction}_${choice.size}`;
}

const choiceText: Record<string, () => string> = {
	same: () => m.classroom_choice_same(),
	up_small: () => m.classroom_choice_up_small(),
	up_medium: () => m.classroom_choice_up_medium(),
	up_large: () => m.classroom_choice_up_large(),
	down_small: () => m.classroom_choice_down_small(),
	down_medium: () => m.classroom_choice_down_medium(),
	down_large: () => m.classroom_choice_down_large()
};

/** The label of a choice in the form ("Goes up a little"). */
export function choiceLabel(choice: QuantityPrediction): string {
	return choiceText[choiceKey(choice)]();
}

const predictedPhrase: Record<string, () => string> = {
	same: () => m.classroom_predicted_same(),
	up_small: () => m.classroom_predicted_up_small(),
	up_medium: () => m.classroom_predicted_up_medium(),
	up_large: () => m.classroom_predicted_up_large(),
	down_small: () => m.classroom_predicted_down_small(),
	down_medium: () => m.classroom_predicted_down_medium(),
	down_large: () => m.classroom_predicted_down_large()
};

/** A change with its unit, as the student reads it (bone in %, the artery index bare, shares in points, 25(OH)D in nmol/L). */
export function formatChange(quantity: PredictedQuantity, value: number, signed = false): string {
	switch (quantity) {
		case 'bone':
			return `${formatNumber(value, Math.abs(value) >= 1 ? 1 : 2, signed)} %`;
		case 'artery':
			return formatNumber(value, 2, signed);
		case 'vitaminD':
			return `${formatNumber(value, 0, signed)} nmol/L`;
		default:
			return m.classroom_unit_points({ value: formatNumber(value, 1, signed) });
	}
}

/** What "a little", "moderately" and "a lot" mean for a quantity at a horizon. */
export function sizeHint(quantity: PredictedQuantity, days: number): string {
	const limits = limitsAt(quantity, days);
	return m.classroom_predict_sizes({
		same: formatChange(quantity, limits.same),
		small: formatChange(quantity, limits.small),
		medium: formatChange(quantity, limits.medium)
	});
}

/** "Bone mineral: goes up a little" — the committed prediction in a line. */
export function predictionSummary(quantity: PredictedQuantity, choice: QuantityPrediction): string {
	return m.classroom_predict_summary({
		quantity: quantityLabel[quantity](),
		choice: choiceLabel(choice).toLocaleLowerCase()
	});
}

export const verdictText: Record<Verdict, () => string> = {
	match: () => m.classroom_verdict_match(),
	direction: () => m.classroom_verdict_direction(),
	different: () => m.classroom_verdict_different()
};

/** "Bone mineral: you predicted it would go up a little; it went down by 2.3 %." */
export function comparisonSentence(
	quantity: PredictedQuantity,
	days: number,
	prediction: QuantityPrediction,
	change: number
): string {
	const actual = classifyChange(quantity, days, change);
	const observed =
		actual.direction === 'same'
			? m.classroom_observed_same({ value: formatChange(quantity, change, true) })
			: actual.direction === 'up'
				? m.classroom_observed_up({ value: formatChange(quantity, change) })
				: m.classroom_observed_down({ value: formatChange(quantity, Math.abs(change)) });
	return m.classroom_compare({
		quantity: quantityLabel[quantity](),
		predicted: predictedPhrase[choiceKey(prediction)](),
		observed
	});
}

export function verdictFor(
	quantity: PredictedQuantity,
	days: number,
	prediction: QuantityPrediction,
	change: number
): string {
	return verdictText[verdictOf(quantity, days, prediction, change)]();
}
