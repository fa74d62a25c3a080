// Parts that start only as they near the screen (AfterStart's `nearScreen`), and starting all of them at once when something needs the whole page (the snapshot, printing).
import { afterPendingStarts } from './pending-starts';

/**
 * How close to the screen a waiting part starts: within half a screen's height above or below it, so that it is there
 * by the time a reader scrolling at an ordinary pace reaches it. (With a whole screen, a phone's charts, the first
 * part below the controls, started at once on a 412×823 screen.)
 */
export const NEAR_SCREEN_MARGIN = '50% 0px';

/**
 * Where the page itself scrolls (the explorer's stacked layout, below 60rem) parts wait; in the one-screen layout the
 * outcomes scroll inside their own column, where an IntersectionObserver's margin does not reach, and are on screen.
 */
export const STACKED_LAYOUT = '(max-width: 59.99rem)';

/** Start functions of the parts still waiting; `now` asks for the part in this task rather than the next. */
const waiting = new Set<(now: boolean) => void>();
let printHooked = false;

/** Registers a waiting part's start function; returns a function that unregisters it. */
export function deferStart(start: (now: boolean) => void): () => void {
	waiting.add(start);
	if (!printHooked && typeof window !== 'undefined') {
		printHooked = true;
		// A printout is the whole page: parts still waiting start before the print is laid out.
		window.addEventListener('beforeprint', () => startDeferredNow());
	}
	return () => void waiting.delete(start);
}

/** How many parts are still waiting to near the screen. */
export function deferredCount(): number {
	return waiting.size;
}

/** Starts every waiting part, each in a task of its own; resolves once no part is still starting. */
export function startDeferred(): Promise<void> {
	for (const start of [...waiting]) start(false);
	return new Promise((resolve) => afterPendingStarts(resolve));
}

/** Starts every waiting part in this task (for `beforeprint`, which lays the print out right after). */
export function startDeferredNow(): void {
	for (const start of [...waiting]) start(true);
}
