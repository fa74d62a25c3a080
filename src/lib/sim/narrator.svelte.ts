// What the app says aloud, and when: one polite sentence after a control settles, calm summaries while the clock runs, one on pause; the words come from $lib/describe, loaded on first need.
import type { Locale } from '$lib/describe';
import { summaryDue } from '$lib/describe/narration-policy';
import type { Snapshot } from '$lib/model';
import type { ModelInputs } from '$lib/model/parameters';
import { DAYS_PER_YEAR } from './time-format';
import type { Simulation } from './simulation.svelte';

/** A control counts as settled when it has been still this long (ms): long enough for a drag or a few key presses. */
export const SETTLE_MS = 700;
/** The live region is emptied this long (ms) before a new sentence, so a repeated sentence is spoken again. */
const CLEAR_MS = 60;

const nowSeconds = () => performance.now() / 1000;

/** The describer module: its sentences and their messages are not part of the first visit. */
export type Describers = typeof import('$lib/describe');
/** The describers themselves (tests), or how to load them. */
export type DescriberSource = Describers | (() => Promise<Describers>);

const loadDescribers = () => import('$lib/describe');

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
	private describers: Describers | undefined;
	private loading: Promise<Describers> | undefined;

	constructor(
		private readonly sim: Simulation,
		private readonly locale: () => Locale,
		private readonly clock: () => number = nowSeconds,
		private readonly source: DescriberSource = loadDescribers
	) {
		this.quietInputs = sim.inputs;
		this.lastSummary = sim.snapshot;
		if (typeof source !== 'function') this.describers = source;
	}

	/** Starts loading the describers (a person's first change or Play), so the sentence they lead to is ready. */
	private prepare(): Promise<Describers> {
		if (this.describers) return Promise.resolve(this.describers);
		this.loading ??= (this.source as () => Promise<Describers>)().then(
			(loaded) => (this.describers = loaded)
		);
		return this.loading;
	}

	/** Speaks the sentence `compose` builds: now when the describers are loaded, else once they are. */
	speak(compose: (describers: Describers) => string): void {
		if (this.describers) this.say(compose(this.describers));
		else void this.prepare().then((loaded) => this.say(compose(loaded)));
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
		void this.prepare();
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
			void this.prepare();
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
			const locale = this.locale();
			this.speak((describers) => describers.describePause(locale, now));
		}
	}

	/** Called every frame while the clock runs: a calm summary when one is due. */
	frame(): void {
		if (!this.runningSummaries || !this.describers) return;
		const { describeYear, describeProgress } = this.describers;
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
		if (this.touchedByUser) {
			const [before, snapshot, locale] = [this.quietInputs, this.sim.snapshot, this.locale()];
			this.speak((describers) =>
				describers.describeSettledChange(before, inputs, snapshot, locale)
			);
		}
		this.touchedByUser = false;
		this.quietInputs = inputs;
		this.lastSummary = this.sim.snapshot;
	}
}
