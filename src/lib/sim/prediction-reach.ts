// Which outcomes the model can produce: the range of each predicted quantity at each horizon over the sliders' extremes, and the choices that fall in it.
import { defaultInputs, simulate, type ModelInputs } from '$lib/model';
import { calciumSpec, d3Spec, k2Spec } from '$lib/model/parameters';
import {
	changeOf,
	horizonDays,
	predictedRange,
	PREDICTED_QUANTITIES,
	PREDICTION_HORIZONS,
	type PredictedQuantity,
	type PredictionHorizon,
	type QuantityPrediction
} from './prediction';

export type Reach = Record<PredictedQuantity, Record<PredictionHorizon, [number, number]>>;

/** Every corner of the inputs (each slider at its ends, both life stages, with and without warfarin, no sun and a lot) and the typical adult. */
export function reachInputs(): ModelInputs[] {
	const corners: ModelInputs[] = [defaultInputs()];
	for (const k2McgPerDay of [k2Spec.min, k2Spec.max])
		for (const d3IuPerDay of [d3Spec.min, d3Spec.max])
			for (const calciumMgPerDay of [calciumSpec.min, calciumSpec.max])
				for (const lifeStage of ['adult', 'postmenopausal'] as const)
					for (const warfarin of [false, true])
						for (const sunExposure of ['none', 'high'] as const)
							corners.push({
								k2McgPerDay,
								d3IuPerDay,
								calciumMgPerDay,
								lifeStage,
								warfarin,
								sunExposure
							});
	return corners;
}

/** Runs the model at every corner and records each quantity's smallest and largest change at each horizon. */
export function computeReach(): Reach {
	const reach = {} as Reach;
	for (const quantity of PREDICTED_QUANTITIES) {
		reach[quantity] = {} as Record<PredictionHorizon, [number, number]>;
		for (const horizon of PREDICTION_HORIZONS) reach[quantity][horizon] = [Infinity, -Infinity];
	}
	const longest = Math.ceil(Math.max(...PREDICTION_HORIZONS.map(horizonDays)));
	for (const inputs of reachInputs()) {
		const run = simulate(inputs, { days: longest, every: 1 });
		for (const horizon of PREDICTION_HORIZONS) {
			const snapshot = run[Math.min(run.length - 1, Math.round(horizonDays(horizon)))];
			for (const quantity of PREDICTED_QUANTITIES) {
				const range = reach[quantity][horizon];
				const change = changeOf(quantity, snapshot);
				range[0] = Math.min(range[0], change);
				range[1] = Math.max(range[1], change);
			}
		}
	}
	return reach;
}

/**
 * `computeReach()` rounded to 3 decimals (the model run in the browser would take seconds). A unit test recomputes it, so a
 * model change that moves these ranges fails until this table is regenerated.
 */
export const MODEL_REACH: Reach = {
	bone: {
		'2w': [-0.141, 0.03],
		'6w': [-0.432, 0.098],
		'3m': [-0.944, 0.219],
		'6m': [-1.908, 0.448],
		'1y': [-3.814, 0.901],
		'2y': [-7.641, 1.813],
		'5y': [-16.189, 4.54]
	},
	artery: {
		'2w': [0.012, 0.132],
		'6w': [0.03, 0.408],
		'3m': [0.06, 0.894],
		'6m': [0.116, 1.808],
		'1y': [0.227, 3.618],
		'2y': [0.45, 7.257],
		'5y': [1.118, 17.739]
	},
	absorption: {
		'2w': [-13.237, 40.005],
		'6w': [-13.345, 41.465],
		'3m': [-13.415, 42.051],
		'6m': [-13.435, 42.188],
		'1y': [-13.437, 42.196],
		'2y': [-13.432, 42.196],
		'5y': [-13.137, 42.196]
	},
	vitaminD: {
		'2w': [-4.954, 24.684],
		'6w': [-10.273, 51.193],
		'3m': [-13.311, 66.329],
		'6m': [-14.127, 70.396],
		'1y': [-14.178, 70.652],
		'2y': [-14.179, 70.653],
		'5y': [-14.179, 70.653]
	},
	osteocalcin: {
		'2w': [-60, 20.876],
		'6w': [-60, 20.965],
		'3m': [-60, 20.965],
		'6m': [-60, 20.965],
		'1y': [-60, 20.965],
		'2y': [-60, 20.965],
		'5y': [-60, 20.965]
	},
	mgp: {
		'2w': [-48, 26.342],
		'6w': [-48, 26.567],
		'3m': [-48, 26.567],
		'6m': [-48, 26.567],
		'1y': [-48, 26.567],
		'2y': [-48, 26.567],
		'5y': [-48, 26.567]
	}
};

const ALL_CHOICES: readonly QuantityPrediction[] = [
	{ direction: 'down', size: 'large' },
	{ direction: 'down', size: 'medium' },
	{ direction: 'down', size: 'small' },
	{ direction: 'same' },
	{ direction: 'up', size: 'small' },
	{ direction: 'up', size: 'medium' },
	{ direction: 'up', size: 'large' }
];

/** The choices whose range the model can reach for this quantity and horizon (e.g. never "down" for artery calcium). */
export function offeredChoices(
	quantity: PredictedQuantity,
	horizon: PredictionHorizon,
	reach: Reach = MODEL_REACH
): QuantityPrediction[] {
	const [min, max] = reach[quantity][horizon];
	return ALL_CHOICES.filter((choice) => {
		const { low, high } = predictedRange(quantity, horizonDays(horizon), choice);
		return high >= min && low <= max;
	});
}
