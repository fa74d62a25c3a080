// The running simulation: inputs, model state, history, play/pause/step/reset — the one place the UI changes the model.
import {
	advance,
	evidenceScaledOutcomes,
	initialState,
	snapshotOf,
	steadyState,
	type EvidenceScaledOutcomes,
	type ModelState,
	type Snapshot
} from '$lib/model';
import { defaultInputs, sanitizeInputs, type ModelInputs } from '$lib/model/parameters';
import { Comparison } from './comparison.svelte';
import { AssumptionBandRuns } from './assumption-band';
import { GhostTrajectory } from './ghost-trajectory';
import { OutcomeHistory, type BandPoint, type HistoryPoint } from './history';
import { daysPerSecond, type SpeedId } from './speeds';
import { DAYS_PER_YEAR } from './time-format';

export type ViewMode = 'mechanism' | 'evidence';

/** While playing, the model advances every frame but the screen (readouts, scene, close-up) hears of it at most this often. */
const PUBLISH_EVERY_SECONDS = 1 / 15;
/** …and the history charts at most this often (each redraw rebuilds two whole paths). */
const CHARTS_EVERY_SECONDS = 0.25;

export interface SimulationSettings {
	inputs: ModelInputs;
	speed: SpeedId;
	view: ViewMode;
	playing: boolean;
}

/** Where a fresh explorer starts and "reset all" returns: the spec's default inputs, a week per second, the mechanism, paused. */
export function defaultSettings(): SimulationSettings {
	return { inputs: defaultInputs(), speed: 'week', view: 'mechanism', playing: false };
}

/** Decides after each recorded history point whether the run should pause there (e.g. one year after a prediction). */
export type PauseRule = (points: readonly HistoryPoint[]) => boolean;

export class Simulation {
	inputs = $state.raw<ModelInputs>(defaultInputs());
	speed = $state<SpeedId>(defaultSettings().speed);
	view = $state<ViewMode>(defaultSettings().view);
	#playing = $state(false);
	/** Set when the model throws; the UI shows it with a reset instead of a blank screen. */
	failure = $state<string | null>(null);

	/** The model state on screen: `live`, published at once when paused and at most every PUBLISH_EVERY_SECONDS while playing. */
	modelState = $state.raw<ModelState>(initialState(defaultInputs()));
	origin = $state.raw<ModelState>(this.modelState);
	/** The model state the clock advances every frame; not reactive, so a frame costs no re-render. */
	private live: ModelState = this.modelState;
	private secondsSincePublish = 0;
	private secondsSinceCharts = 0;
	private historyUnpublished = false;
	/** The inputs the run started with: the ghost line in the charts follows them. */
	startInputs = $state.raw<ModelInputs>(defaultInputs());

	/** The run's outcomes as recorded every step; not reactive (it grows every frame): the screen reads `historyPoints`. */
	private readonly history = new OutcomeHistory();
	/** The recorded outcomes on screen, published with the charts' throttle (a new array each time). */
	historyPoints = $state.raw<HistoryPoint[]>([]);
	/** Checked after each recorded point while the run advances; the first to say so pauses the run. */
	// Not reactive on purpose, like the frame listeners: called imperatively, never rendered.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly pauseRules = new Set<PauseRule>();
	/** The low–high band of the model's assumptions around the run (charts, both views). */
	readonly assumptionBand = new AssumptionBandRuns(this.modelState);
	// Not reactive on purpose: listeners are called imperatively from the clock, never rendered.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly frameListeners = new Set<(realSeconds: number) => void>();

	snapshot: Snapshot = $derived(snapshotOf(this.modelState, this.inputs, this.origin));
	/** Where the vitamin pools and carboxylation are heading at these inputs. */
	target: Snapshot = $derived(steadyState(this.inputs));
	/** The shortest span the charts show (years), so that the slow outcomes of these settings are visible from the start. */
	chartYears = $state(5);
	/** The chart horizon: whole years, at least `chartYears`, always ahead of the run. */
	horizonDays = $derived(
		Math.max(this.chartYears, Math.ceil((this.snapshot.day + 1) / DAYS_PER_YEAR)) * DAYS_PER_YEAR
	);
	/** Outcomes at the size trials found, for these inputs, at the chart's horizon (computed only when the evidence view reads it). */
	evidence: EvidenceScaledOutcomes = $derived(
		evidenceScaledOutcomes(this.inputs, this.horizonDays)
	);
	/** The trial-sized bone outcome as a range, one point a month, only as far as trials ran (none where no trial studied these people). */
	evidenceBoneBand: BandPoint[] = $derived.by(() => {
		const band: BandPoint[] = [];
		const covered = evidenceScaledOutcomes(this.inputs, 0);
		if (covered.boneNoTrialData === 'population' || covered.boneNoTrialData === 'warfarin')
			return band;
		const lastDay = Math.min(this.horizonDays + 1, covered.boneTrialYears * DAYS_PER_YEAR);
		for (let day = 0; day <= lastDay; day += DAYS_PER_YEAR / 12) {
			const { low, high } = evidenceScaledOutcomes(this.inputs, day).boneMineralChangePct;
			band.push({ day, low, high });
		}
		return band;
	});
	/** Memo for `ghost`: it only extends the trajectory when the horizon grows (a re-run from day 0 took ~0.3 s after 50 years). */
	private readonly ghostTrajectory = new GhostTrajectory();
	/** The trajectory the run's starting inputs lead to, over the chart horizon. */
	ghost: HistoryPoint[] = $derived(
		this.ghostTrajectory.upTo(this.startInputs, Math.round(this.horizonDays))
	);

	/**
	 * Builds what `ghost` and the pinned line need until `deadline` (a `performance.now()` time); true once reading
	 * them is quick. The charts call it a slice at a time, so that years of model never block the page in one task.
	 */
	prepareLines(deadline: number): boolean {
		const days = Math.round(this.horizonDays);
		if (!this.ghostTrajectory.extendTowards(this.startInputs, days, deadline)) return false;
		return this.comparison.preparePinned(days, deadline);
	}

	/** A pinned reference run and the preview of where the current settings lead. */
	readonly comparison: Comparison = new Comparison(this);

	constructor(settings?: Partial<SimulationSettings>) {
		if (settings) this.apply(settings);
		else this.restart();
	}

	get timeDays(): number {
		return this.snapshot.day;
	}

	get playing(): boolean {
		return this.#playing;
	}

	/** Pausing publishes the latest state, so what is on screen is exactly where the run stopped. */
	set playing(value: boolean) {
		if (!value) this.publish();
		this.#playing = value;
	}

	/** Applies a whole set of settings (from a URL, a preset or a tour step) and restarts the run, unless it is still at the start they give. */
	apply(settings: Partial<SimulationSettings>): void {
		const inputs = settings.inputs ? sanitizeInputs(settings.inputs) : this.inputs;
		// A run still at the start these inputs restart it to (a link without settings, on a first visit) is kept.
		const unchanged = this.atStartOf(inputs);
		if (!unchanged) this.inputs = inputs;
		if (settings.speed) this.speed = settings.speed;
		if (settings.view) this.view = settings.view;
		if (!unchanged) this.restart();
		if (settings.playing !== undefined) this.playing = settings.playing;
	}

	/** The inputs the run last restarted with (as text), and its live state then. */
	private restartedWith: { inputs: string; live: ModelState } | undefined;

	/** Whether restarting at `inputs` would give exactly this run: untouched since a restart with these inputs, which are still set. */
	private atStartOf(inputs: ModelInputs): boolean {
		const key = JSON.stringify(inputs);
		return (
			this.restartedWith !== undefined &&
			this.restartedWith.live === this.live &&
			this.restartedWith.inputs === key &&
			JSON.stringify(this.inputs) === key &&
			this.failure === null &&
			!this.playing
		);
	}

	/** Changes one input; before the run has started it also becomes the run's starting input. */
	setInputs(change: Partial<ModelInputs>): void {
		this.inputs = sanitizeInputs({ ...this.inputs, ...change });
		if (this.live.timeDays === 0) this.startInputs = this.inputs;
	}

	/** Called by the clock each frame with capped real seconds; then lets the motion layers draw. */
	tick(realSeconds: number): void {
		if (!this.playing) return;
		this.advanceBy(realSeconds * daysPerSecond(this.speed));
		this.secondsSincePublish += realSeconds;
		this.secondsSinceCharts += realSeconds;
		if (this.secondsSincePublish >= PUBLISH_EVERY_SECONDS) {
			this.publish(this.secondsSinceCharts >= CHARTS_EVERY_SECONDS);
		}
		for (const listener of this.frameListeners) listener(realSeconds);
	}

	/** Registers a per-frame listener (the particle layer); returns the function that removes it. */
	onFrame(listener: (realSeconds: number) => void): () => void {
		this.frameListeners.add(listener);
		return () => this.frameListeners.delete(listener);
	}

	/** One step: a day, a week or a month of model time, as the speed says. */
	step(): void {
		this.playing = false;
		this.advanceBy(daysPerSecond(this.speed));
		this.publish();
	}

	togglePlaying(): void {
		this.playing = !this.playing;
	}

	/** Back to time zero at the current inputs. */
	restart(): void {
		this.failure = null;
		this.playing = false;
		this.live = initialState(this.inputs);
		this.modelState = this.live;
		this.origin = this.live;
		this.startInputs = this.inputs;
		const first = this.outcomePoint(this.live);
		this.history.clear(first);
		this.assumptionBand.reset(this.live);
		this.assumptionBand.record(this.inputs, first, this.history.points.length);
		this.historyUnpublished = false;
		this.historyPoints = this.history.points.slice();
		this.restartedWith = { inputs: JSON.stringify(this.inputs), live: this.live };
	}

	/** The settings "Reset all" returns to: the scenario the link opened (the defaults without one). */
	home = $state.raw<Omit<SimulationSettings, 'playing'>>(defaultSettings());
	/** Whether the link opened something other than the defaults (then "Reset to defaults" is offered too). */
	homeIsDefault = $derived(
		this.home.view === 'mechanism' &&
			this.home.speed === 'week' &&
			JSON.stringify(sanitizeInputs(this.home.inputs)) === JSON.stringify(defaultInputs())
	);

	/** The snapshot of the state the clock has reached (between screen updates it is ahead of `snapshot`). */
	liveSnapshot(): Snapshot {
		return snapshotOf(this.live, this.inputs, this.origin);
	}

	/** Inputs, speed and view back to where the link started the lesson, time back to zero. */
	resetAll(): void {
		this.apply({ ...this.home, playing: false });
	}

	/** Every input, the speed and the view back to their defaults, time back to zero. */
	resetToDefaults(): void {
		this.apply({ ...defaultSettings(), playing: false });
	}

	private advanceBy(days: number): void {
		if (!(days > 0) || this.failure) return;
		try {
			this.live = advance(this.live, this.inputs, days);
			this.assumptionBand.advance(this.inputs, days);
			if (this.history.isDue(this.live.timeDays)) {
				const point = this.outcomePoint(this.live);
				if (this.history.record(point)) {
					this.assumptionBand.record(this.inputs, point, this.history.points.length);
					this.historyUnpublished = true;
					if (this.shouldPause()) this.playing = false;
				}
			}
		} catch (error) {
			this.playing = false;
			this.failure = error instanceof Error ? error.message : String(error);
		}
	}

	/** Puts the live state (and, with `charts`, new history) on screen. */
	private publish(charts = true): void {
		this.secondsSincePublish = 0;
		this.modelState = this.live;
		if (charts && this.historyUnpublished) {
			this.secondsSinceCharts = 0;
			this.historyUnpublished = false;
			this.historyPoints = this.history.points.slice();
		}
	}

	private shouldPause(): boolean {
		for (const rule of this.pauseRules) if (rule(this.history.points)) return true;
		return false;
	}

	private outcomePoint(state: ModelState): HistoryPoint {
		const { day, boneMineralChangePct, arterialCalciumIndex } = snapshotOf(
			state,
			this.inputs,
			this.origin
		);
		return { day, boneMineralChangePct, arterialCalciumIndex };
	}
}
