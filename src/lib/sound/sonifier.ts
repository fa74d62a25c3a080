// The sound layer's Web Audio voices, all generated (no audio files): a low soft knock for bone, a high glassy tick for the artery wall, a two-note chime for Glu → Gla.
import { eventsDue, type FlowSound } from './flow-rates';

/** Base pitches (Hz): bone low and round, artery high and bright, so the two streams never blur. */
const BONE_HZ = 196;
const ARTERY_HZ = 1760;
const CHIME_HZ = [660, 990] as const;
/** Bone sits to the left of the scene and the artery to the right; the ear places them the same way. */
const BONE_PAN = -0.5;
const ARTERY_PAN = 0.5;

type ContextFactory = () => AudioContext;

export class Sonifier {
	private context: AudioContext | null = null;
	private master: GainNode | null = null;
	private bonePhase = 0;
	private arteryPhase = 0;

	constructor(private readonly createContext: ContextFactory = () => new AudioContext()) {}

	/** Creates or resumes the audio context (call from a click); false when the browser has no Web Audio. */
	start(volume: number): boolean {
		try {
			if (!this.context) {
				this.context = this.createContext();
				this.master = this.context.createGain();
				this.master.connect(this.context.destination);
			}
			this.setVolume(volume);
			void this.context.resume().catch(() => {});
			return true;
		} catch {
			this.context = null;
			return false;
		}
	}

	setVolume(volume: number): void {
		if (this.master && this.context)
			this.master.gain.setTargetAtTime(
				Math.min(1, Math.max(0, volume)),
				this.context.currentTime,
				0.05
			);
	}

	/** Silence: suspends the context (paused clock, sound off). */
	pause(): void {
		void this.context?.suspend().catch(() => {});
	}

	/** Plays what falls due in `seconds` of real time at the given flow rates. */
	advance(seconds: number, sound: FlowSound): void {
		const context = this.context;
		if (!context) return;
		if (context.state === 'suspended') void context.resume().catch(() => {});
		const bone = eventsDue(this.bonePhase, sound.bonePerSecond, seconds);
		const artery = eventsDue(this.arteryPhase, sound.arteryPerSecond, seconds);
		this.bonePhase = bone.phase;
		this.arteryPhase = artery.phase;
		// A frame is at most 0.1 s: events due in it are spread over the next frame, never stacked.
		for (let index = 0; index < bone.events; index++)
			this.knock(context, (index * seconds) / bone.events, sound.boneSemitones);
		for (let index = 0; index < artery.events; index++)
			this.tick(context, (index * seconds) / artery.events);
	}

	/** The soft chime of a Glu becoming Gla (carboxylation rising). */
	chime(delaySeconds = 0): void {
		const context = this.context;
		if (!context) return;
		CHIME_HZ.forEach((hz, index) =>
			this.voice(context, {
				hz,
				type: 'sine',
				at: delaySeconds + index * 0.07,
				decay: 0.35,
				gain: 0.12,
				pan: 0
			})
		);
	}

	async close(): Promise<void> {
		const context = this.context;
		this.context = null;
		this.master = null;
		await context?.close().catch(() => {});
	}

	private knock(context: AudioContext, at: number, semitones: number): void {
		const hz = BONE_HZ * 2 ** (semitones / 12);
		this.voice(context, { hz, type: 'sine', at, decay: 0.12, gain: 0.5, pan: BONE_PAN });
	}

	private tick(context: AudioContext, at: number): void {
		this.voice(context, {
			hz: ARTERY_HZ,
			type: 'triangle',
			at,
			decay: 0.04,
			gain: 0.18,
			pan: ARTERY_PAN
		});
	}

	/** One enveloped oscillator: a 5 ms attack, an exponential decay, panned, then disconnected. */
	private voice(
		context: AudioContext,
		note: { hz: number; type: OscillatorType; at: number; decay: number; gain: number; pan: number }
	): void {
		if (!this.master) return;
		const start = context.currentTime + 0.02 + note.at;
		const oscillator = context.createOscillator();
		oscillator.type = note.type;
		oscillator.frequency.value = note.hz;
		const envelope = context.createGain();
		envelope.gain.setValueAtTime(0.0001, start);
		envelope.gain.exponentialRampToValueAtTime(note.gain, start + 0.005);
		envelope.gain.exponentialRampToValueAtTime(0.0001, start + note.decay);
		const panner = context.createStereoPanner();
		panner.pan.value = note.pan;
		oscillator.connect(envelope).connect(panner).connect(this.master);
		oscillator.start(start);
		oscillator.stop(start + note.decay + 0.02);
		oscillator.onended = () => panner.disconnect();
	}
}
