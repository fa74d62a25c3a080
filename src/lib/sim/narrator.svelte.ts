// What the app says aloud, and when: one polite sentence after a control settles, calm summaries while the clock runs, one on pause; the words come from $lib/describe.
import type { Snapshot } from '$lib/model';
import type { ModelInputs } from '$lib/model/parameters';
import {
	describePause,
	describeProgress,
	describeSettledChange,
	describeYear,
	summaryDue,
	type Locale
} from '$lib/describe';
import { DAYS_PER_YEAR } from './time-format';
import type { Simulation } from './simulation.svelte';

/** A control counts as settled when it has been still this long (ms): long enough for a drag or a few key presses. */
export const SETTLE_MS = 700;
/** The live region is emptied this long (ms) before a new sentence, so a repeated sentence is spoken again. */
const CLEAR_MS = 60;

const nowSeconds = () => performance.now() / 1000;

export class Narrator {
	/** The sentence in the live region. */
	message = $state('');
	/** Whether the running clock speaks a summary now and then (each simulated year, or on a meaningful change). */
	runningSummaries = $state(true);

	private quietInputs: ModelInputs;
	private touchedByUser = false;
	private settleTimer: ReturnType<typeof setTimeout> | undefined;
	private clearTimer: ReturnType<typeof setTimeout> | undefined;
	private lastSpokenSeconds = -Infinity;
	private lastSummary: Snapshot;
	private runStartDay = 0;
	private runOrigin: unknown;

	constructor(
		private readonly sim: Simulation,
		private readonly locale: () => Locale,
		private readonly clock: () => number = nowSeconds
	) {
		this.quietInputs = sim.inputs;
		this.lastSummary = sim.snapshot;
	}

	/** Speaks `text` once, politely. */
	say(text: string): void {
		if (!text) return;
		clearTimeout(this.clearTimer);
		this.message = '';
		this.lastSpokenSeconds = this.clock();
		this.clearTimer = setTimeout(() => (this.message = text), CLEAR_MS);
	}

	/** A person moved a control (not a preset, the tour or a link): the next settle is described. */
	userChanged(): void {
		this.touchedByUser = true;
	}

	/** Called whenever the inputs change; waits for them to be still, then describes what the person changed. */
	inputsChanged(): void {
		clearTimeout(this.settleTimer);
		this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
	}

	/** Called when the clock starts or stops. */
	playingChanged(playing: boolean): void {
		const now = this.sim.snapshot;
		if (playing) {
			this.runStartDay = now.day;
			this.runOrigin = this.sim.origin;
			this.lastSummary = now;
			this.lastSpokenSeconds = Math.max(this.lastSpokenSeconds, this.clock());
		} else if (
			now.day > this.runStartDay &&
			this.sim.origin === this.runOrigin &&
			!this.sim.failure
		) {
			// Paused by the person (a restart by a preset or the tour speaks for itself).
			this.say(describePause(this.locale(), now));
		}
	}

	/** Called every frame while the clock runs: a calm summary when one is due. */
	frame(): void {
		if (!this.runningSummaries) return;
		const now = this.sim.snapshot;
		const due = summaryDue(this.lastSummary, now, this.clock() - this.lastSpokenSeconds);
		if (!due) return;
		this.lastSummary = now;
		const locale = this.locale();
		this.say(
			due === 'year'
				? describeYear(locale, Math.floor(now.day / DAYS_PER_YEAR), now)
				: describeProgress(locale, now)
		);
	}

	dispose(): void {
		clearTimeout(this.settleTimer);
		clearTimeout(this.clearTimer);
	}

	private settle(): void {
		const inputs = this.sim.inputs;
		if (this.touchedByUser)
			this.say(describeSettledChange(this.quietInputs, inputs, this.sim.snapshot, this.locale()));
		this.touchedByUser = false;
		this.quietInputs = inputs;
		this.lastSummary = this.sim.snapshot;
	}
}
