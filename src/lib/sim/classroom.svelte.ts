// Classroom tools' state that stays out of the link: the preset note shown, and the predict–observe–explain exercise (kept in memory only).
import type { ScenarioId } from '$lib/model';
import type { HistoryPoint } from './history';
import {
	observeAfterOneYear,
	predictedRange,
	PREDICTION_DAYS,
	type Observation,
	type Prediction,
	type PredictedQuantity
} from './prediction';

/** A predicted band for one chart: from 0 at the start of the run to [low, high] after one year. */
export interface ChartPrediction {
	day: number;
	low: number;
	high: number;
}

export class ClassroomState {
	/** The preset whose "what to look for" note is shown, or null. */
	presetNote = $state<ScenarioId | null>(null);
	/** Whether the predict panel is open. */
	predicting = $state(false);
	/** The committed prediction, or null while the student is still choosing. */
	prediction = $state.raw<Prediction | null>(null);
	/** The run's values one year after the prediction was committed, once it got there. */
	observation = $state.raw<Observation | null>(null);
	/** The student's explanation: never stored or sent anywhere, gone on reload. */
	explanation = $state('');

	/** The prediction as bands on the history charts, while the predict panel is open. */
	chartPrediction: Record<PredictedQuantity, ChartPrediction> | null = $derived.by(() => {
		const prediction = this.prediction;
		if (!this.predicting || !prediction) return null;
		const band = (quantity: PredictedQuantity) => ({
			day: PREDICTION_DAYS,
			...predictedRange(quantity, prediction[quantity])
		});
		return { bone: band('bone'), artery: band('artery') };
	});

	/**
	 * The "stop after one year" rule (a pause rule of the simulation): while a prediction waits for its
	 * answer, once the run can be read one year in, records the observation and returns true so the run pauses.
	 */
	observeIfDue(points: readonly HistoryPoint[]): boolean {
		if (!this.predicting || !this.prediction || this.observation) return false;
		const observed = observeAfterOneYear(points);
		if (!observed) return false;
		this.observation = observed;
		return true;
	}

	commit(prediction: Prediction): void {
		this.prediction = prediction;
		this.observation = null;
		this.explanation = '';
	}

	/** Back to the prediction form. */
	predictAgain(): void {
		this.prediction = null;
		this.observation = null;
		this.explanation = '';
	}
}
