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
								...defaultInputs(),
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
		'2w': [-0.324, 0.101],
		'6w': [-0.951, 0.289],
		'3m': [-2.014, 0.555],
		'6m': [-3.904, 0.907],
		'1y': [-7.036, 1.243],
		'2y': [-11.933, 1.402],
		'5y': [-22.281, 1.424]
	},
	artery: {
		'2w': [0.03, 0.09],
		'6w': [0.089, 0.259],
		'3m': [0.19, 0.551],
		'6m': [0.378, 1.097],
		'1y': [0.741, 2.176],
		'2y': [1.448, 4.343],
		'5y': [3.461, 10.817]
	},
	absorption: {
		'2w': [-12.569, 29.429],
		'6w': [-14.246, 37.21],
		'3m': [-15.837, 40.224],
		'6m': [-16.809, 41.671],
		'1y': [-16.814, 42.814],
		'2y': [-16.757, 43.602],
		'5y': [-16.691, 43.828]
	},
	vitaminD: {
		'2w': [-17.88, 25.677],
		'6w': [-37.083, 53.253],
		'3m': [-48.047, 68.998],
		'6m': [-50.993, 73.229],
		'1y': [-51.178, 73.494],
		'2y': [-51.179, 73.495],
		'5y': [-51.179, 73.495]
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
