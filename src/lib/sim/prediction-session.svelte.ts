// The predict–observe–explain exercise as state: the question asked, the committed prediction, the run's reading at the horizon and the explanation.
import type { Snapshot } from '$lib/model';
import type { HistoryPoint } from './history';
import {
	changeOf,
	DEFAULT_QUESTION,
	horizonDays,
	predictedRange,
	quantitySpecs,
	valueAtDay,
	type Observation,
	type PredictedQuantity,
	type Prediction,
	type PredictionQuestion
} from './prediction';

/** A predicted band for one chart: from 0 at the start of the run to [low, high] at the horizon. */
export interface ChartPrediction {
	day: number;
	low: number;
	high: number;
}

export class PredictionSession {
	/** Whether the predict panel is open. */
	open = $state(false);
	/** What the student is asked: from the link (`predict=`, `horizon=`) or the default (bone and artery after a year). */
	question = $state.raw<PredictionQuestion>(DEFAULT_QUESTION);
	/** Whether the question came from a link or an activity (then the link keeps it). */
	asked = $state(false);
	/** The committed prediction, or null while the student is still choosing. */
	prediction = $state.raw<Prediction | null>(null);
	/** The run's change in each asked quantity at the horizon, once it got there. */
	observation = $state.raw<Observation | null>(null);
	/** The day of the run the observation was read at. */
	observedDay = $state(0);
	/** The student's explanation: kept in memory only (and, inside an LMS, sent to it as the interaction's response). */
	explanation = $state('');

	/** Model days from the start of the run to the horizon. */
	days = $derived(horizonDays(this.question.horizon));

	/** Predicted, observed and explained: one whole cycle. */
	complete = $derived(this.observation !== null && this.explanation.trim().length > 0);

	/** The prediction as bands on the history charts (bone and artery only), while the panel is open. */
	chartPrediction: Partial<Record<'bone' | 'artery', ChartPrediction>> | null = $derived.by(() => {
		const prediction = this.prediction;
		if (!this.open || !prediction) return null;
		const bands: Partial<Record<'bone' | 'artery', ChartPrediction>> = {};
		for (const quantity of ['bone', 'artery'] as const) {
			const choice = prediction[quantity];
			if (choice)
				bands[quantity] = {
					day: this.days,
					...predictedRange(quantity, this.days, choice)
				};
		}
		return bands;
	});

	/** Opens the panel on a question (from a link or an activity): any earlier prediction is dropped. */
	ask(question: PredictionQuestion, fromLink = true): void {
		this.question = { quantities: [...question.quantities], horizon: question.horizon };
		this.asked = fromLink;
		this.open = true;
		this.predictAgain();
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

	/**
	 * Reads the run once it reaches the horizon: bone and artery from the history (interpolated at the exact day), the
	 * others from the snapshot on screen. Returns true when this reading completed the observation (the caller pauses the run).
	 */
	observe(snapshot: Snapshot, history: readonly HistoryPoint[]): boolean {
		if (!this.prediction || this.observation || snapshot.day < this.days) return false;
		const observation: Observation = {};
		for (const quantity of this.question.quantities) {
			const field = quantitySpecs[quantity].historyField;
			const fromHistory = field ? valueAtDay(history, field, this.days) : undefined;
			observation[quantity] = fromHistory ?? changeOf(quantity, snapshot);
		}
		this.observation = observation;
		this.observedDay = snapshot.day;
		return true;
	}

	/** Whether `quantity` is part of the question. */
	asks(quantity: PredictedQuantity): boolean {
		return this.question.quantities.includes(quantity);
	}
}
