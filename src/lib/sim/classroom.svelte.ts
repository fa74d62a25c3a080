// Classroom tools' state that stays out of the model: the preset note shown, and the predict–observe–explain exercise (kept in memory only).
import type { ScenarioId } from '$lib/model';
import { PredictionSession } from './prediction-session.svelte';

export type { ChartPrediction } from './prediction-session.svelte';

export class ClassroomState {
	/** The preset whose "what to look for" note is shown, or null. */
	presetNote = $state<ScenarioId | null>(null);
	/** Predict, observe, explain: the question, the prediction, the reading at the horizon, the explanation. */
	readonly predict = new PredictionSession();

	/** The prediction as bands on the history charts, while the predict panel is open. */
	get chartPrediction() {
		return this.predict.chartPrediction;
	}
}
