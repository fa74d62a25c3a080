// Words for predictions: direction and size labels, the prediction as a phrase, what the run did, and the comparison sentence.
import { m } from '$lib/paraglide/messages';
import {
	classifyChange,
	sizeLimits,
	verdictOf,
	type Direction,
	type PredictedQuantity,
	type QuantityPrediction,
	type Size,
	type Verdict
} from '$lib/sim/prediction';
import { formatNumber } from '../format';

export const directionLabel: Record<Direction, () => string> = {
	down: () => m.classroom_direction_down(),
	same: () => m.classroom_direction_same(),
	up: () => m.classroom_direction_up()
};

export const sizeLabel: Record<Size, () => string> = {
	small: () => m.classroom_size_small(),
	medium: () => m.classroom_size_medium(),
	large: () => m.classroom_size_large()
};

export const quantityLabel: Record<PredictedQuantity, () => string> = {
	bone: () => m.classroom_predict_bone_legend(),
	artery: () => m.classroom_predict_artery_legend()
};

/** What small, medium and large mean for a quantity, with the limits from the prediction module. */
export function sizeHint(quantity: PredictedQuantity): string {
	const limits = sizeLimits[quantity];
	const small = formatNumber(limits.small, quantity === 'bone' ? 1 : 2);
	const medium = formatNumber(limits.medium, quantity === 'bone' ? 0 : 1);
	return quantity === 'bone'
		? m.classroom_predict_bone_sizes({ small, medium })
		: m.classroom_predict_artery_sizes({ small, medium });
}

/** "Bone mineral: Up, Small" — the committed prediction in a line. */
export function predictionSummary(
	quantity: PredictedQuantity,
	prediction: QuantityPrediction
): string {
	const name = quantityLabel[quantity]();
	if (prediction.direction === 'same' || !prediction.size)
		return m.classroom_predict_summary_same({ quantity: name });
	return m.classroom_predict_summary_sized({
		quantity: name,
		direction: directionLabel[prediction.direction](),
		size: sizeLabel[prediction.size]().toLowerCase()
	});
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

const observedPhrase: Record<PredictedQuantity, Record<Direction, (value: string) => string>> = {
	bone: {
		up: (value) => m.classroom_observed_bone_up({ value }),
		down: (value) => m.classroom_observed_bone_down({ value }),
		same: (value) => m.classroom_observed_bone_same({ value })
	},
	artery: {
		up: (value) => m.classroom_observed_artery_up({ value }),
		down: (value) => m.classroom_observed_artery_down({ value }),
		same: (value) => m.classroom_observed_artery_same({ value })
	}
};

export const verdictText: Record<Verdict, () => string> = {
	match: () => m.classroom_verdict_match(),
	direction: () => m.classroom_verdict_direction(),
	different: () => m.classroom_verdict_different()
};

/** Bone in % (two decimals below 1 %), the artery index with two decimals. */
function formatChange(quantity: PredictedQuantity, value: number, signed: boolean): string {
	const digits = quantity === 'bone' && Math.abs(value) >= 1 ? 1 : 2;
	return formatNumber(value, digits, signed);
}

/** "You predicted bone would go up a little; it went down 2.3 %." */
export function comparisonSentence(
	quantity: PredictedQuantity,
	prediction: QuantityPrediction,
	change: number
): string {
	const key =
		prediction.direction === 'same' || !prediction.size
			? 'same'
			: `${prediction.direction}_${prediction.size}`;
	const actual = classifyChange(quantity, change);
	const observed =
		actual.direction === 'same'
			? observedPhrase[quantity].same(formatChange(quantity, change, true))
			: observedPhrase[quantity][actual.direction](formatChange(quantity, Math.abs(change), false));
	const predicted = predictedPhrase[key]();
	return quantity === 'bone'
		? m.classroom_compare_bone({ predicted, observed })
		: m.classroom_compare_artery({ predicted, observed });
}

export function verdictFor(
	quantity: PredictedQuantity,
	prediction: QuantityPrediction,
	change: number
): string {
	return verdictText[verdictOf(quantity, prediction, change)]();
}
