// The play speeds: how many model days pass per second of real time.
export const speeds = [
	{ id: 'day', daysPerSecond: 1 },
	{ id: 'week', daysPerSecond: 7 },
	{ id: 'month', daysPerSecond: 30 },
	/** A year a second: five years take five seconds (the model runs ~10 years in under 20 ms). */
	{ id: 'year', daysPerSecond: 365.25 }
] as const;

export type SpeedId = (typeof speeds)[number]['id'];

export function daysPerSecond(speed: SpeedId): number {
	return speeds.find((candidate) => candidate.id === speed)?.daysPerSecond ?? 1;
}

/** The longest real-time gap one frame may advance, so a stalled tab never jumps years. */
export const MAX_FRAME_SECONDS = 0.1;
