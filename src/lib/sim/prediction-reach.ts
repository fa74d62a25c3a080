// Which outcomes the model can produce: the range of each predicted quantity at each horizon over the sliders' extremes, and the choices that fall in it.
import { defaultInputs, simulate, type ModelInputs } from '$lib/model';
import {
	calciumSpec,
	d3Spec,
	dietInputSpecs,
	k2Spec,
	lifeStageSpec,
	withInput
} from '$lib/model/parameters';
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

/**
 * Every corner of the inputs (each slider at its ends, every life stage, with and without warfarin, no sun and a lot),
 * the typical adult, and the diet at its ends (every diet input at its minimum, or its maximum, with and without warfarin).
 */
export function reachInputs(): ModelInputs[] {
	const corners: ModelInputs[] = [defaultInputs()];
	for (const k2McgPerDay of [k2Spec.min, k2Spec.max])
		for (const d3IuPerDay of [d3Spec.min, d3Spec.max])
			for (const calciumMgPerDay of [calciumSpec.min, calciumSpec.max])
				for (const lifeStage of lifeStageSpec.options)
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
	for (const end of ['min', 'max'] as const)
		for (const warfarin of [false, true])
			corners.push(
				dietInputSpecs.reduce((inputs, spec) => withInput(inputs, spec.id, spec[end]), {
					...defaultInputs(),
					warfarin
				})
			);
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
		'2w': [-0.324, 0.338],
		'6w': [-0.951, 1.021],
		'3m': [-2.014, 2.184],
		'6m': [-3.904, 4.243],
		'1y': [-7.036, 8.116],
		'2y': [-11.933, 15.55],
		'5y': [-22.281, 37.467]
	},
	artery: {
		'2w': [0, 0.142],
		'6w': [0, 0.416],
		'3m': [0, 0.894],
		'6m': [0, 1.79],
		'1y': [0, 3.565],
		'2y': [0, 7.135],
		'5y': [0, 17.821]
	},
	absorption: {
		'2w': [-13.098, 43.225],
		'6w': [-14.427, 52.592],
		'3m': [-15.951, 56.617],
		'6m': [-16.891, 59.445],
		'1y': [-16.921, 62.228],
		'2y': [-16.888, 64],
		'5y': [-16.877, 64]
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
		'2w': [-62.978, 21.174],
		'6w': [-63, 21.246],
		'3m': [-63, 21.247],
		'6m': [-63, 21.247],
		'1y': [-63, 21.247],
		'2y': [-63, 21.247],
		'5y': [-63, 21.247]
	},
	mgp: {
		'2w': [-51.963, 27.103],
		'6w': [-52, 27.289],
		'3m': [-52, 27.29],
		'6m': [-52, 27.29],
		'1y': [-52, 27.29],
		'2y': [-52, 27.29],
		'5y': [-52, 27.29]
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
