// What the close-up shows, computed from a model snapshot: active molecules out of ten, the gut's two routes, wrapped labels.
import type { Snapshot } from '$lib/model';
import { PASSIVE_ABSORPTION_FRACTION } from '$lib/model/constants';

/** Molecules drawn per protein: the share filled (active) is the model's carboxylated fraction. */
export const MOLECULE_COUNT = 10;

/** Active molecules out of `total` for a carboxylated fraction (0–1); anything not finite counts as none. */
export function activeMolecules(fraction: number, total = MOLECULE_COUNT): number {
	if (!Number.isFinite(fraction)) return 0;
	return Math.round(Math.min(1, Math.max(0, fraction)) * total);
}

export interface AbsorptionRoutes {
	/** Share of the calcium passing through the gut absorbed by the active (calcitriol-driven, saturable) route, 0–1. */
	activeShare: number;
	/** Share absorbed passively between the cells, 0–1. */
	passiveShare: number;
}

/** Splits the model's fractional absorption into its passive part (a fixed share, Bronner 2003) and the active rest. */
export function absorptionRoutes(
	snapshot: Pick<Snapshot, 'fractionalAbsorption'>
): AbsorptionRoutes {
	const total = Number.isFinite(snapshot.fractionalAbsorption)
		? Math.max(0, snapshot.fractionalAbsorption)
		: 0;
	const passiveShare = Math.min(PASSIVE_ABSORPTION_FRACTION, total);
	return { activeShare: total - passiveShare, passiveShare };
}

/** Active share at which the drawn gate is wide open: about the most the model reaches (200 mg/day of calcium). */
export const GATE_WIDE_OPEN_ACTIVE_SHARE = 0.6;

/** How far the gut's TRPV6 gate is drawn open, 0–1, in proportion to the active route's share. */
export function gateOpening(activeShare: number): number {
	if (!Number.isFinite(activeShare)) return 0;
	return Math.min(1, Math.max(0, activeShare / GATE_WIDE_OPEN_ACTIVE_SHARE));
}

/** Breaks a label into lines of at most `maxChars` characters at spaces (a longer word keeps its own line). */
export function wrapLabel(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= maxChars)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}
