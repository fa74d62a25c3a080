// Whether the sound layer is on and how loud: off by default, remembered for this browser tab only (sessionStorage), never switched on by itself in an embed.
const STORAGE_KEY = 'calcium-routes:sound';
export const DEFAULT_VOLUME = 0.5;

interface Stored {
	on: boolean;
	volume: number;
}

/** Reads the remembered choice; sandboxed embeds and private modes throw on storage, so failures mean "nothing remembered". */
export function readStored(storage: () => Storage | undefined): Stored | null {
	try {
		const raw = storage()?.getItem(STORAGE_KEY);
		if (!raw) return null;
		const parsed = JSON.parse(raw) as Partial<Stored>;
		const volume = Number(parsed.volume);
		return {
			on: parsed.on === true,
			volume: Number.isFinite(volume) ? Math.min(1, Math.max(0, volume)) : DEFAULT_VOLUME
		};
	} catch {
		return null;
	}
}

export function writeStored(storage: () => Storage | undefined, value: Stored): void {
	try {
		storage()?.setItem(STORAGE_KEY, JSON.stringify(value));
	} catch {
		// Storage refused (sandboxed frame, quota): the choice lasts until the page closes.
	}
}

const sessionStorageOrNothing = () =>
	typeof sessionStorage === 'undefined' ? undefined : sessionStorage;

export class SoundSettings {
	on = $state(false);
	volume = $state(DEFAULT_VOLUME);

	/** In an embed the remembered volume is kept but sound starts off: the reader turns it on. */
	constructor(
		embedded = false,
		private readonly storage: () => Storage | undefined = sessionStorageOrNothing
	) {
		const stored = readStored(storage);
		if (stored) {
			this.on = stored.on && !embedded;
			this.volume = stored.volume;
		}
	}

	set(change: Partial<Stored>): void {
		if (change.on !== undefined) this.on = change.on;
		if (change.volume !== undefined && Number.isFinite(change.volume))
			this.volume = Math.min(1, Math.max(0, change.volume));
		writeStored(this.storage, { on: this.on, volume: this.volume });
	}
}
