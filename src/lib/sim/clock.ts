// The one animation clock: calls onFrame with capped real seconds per frame, and stops while the tab is hidden.
import { MAX_FRAME_SECONDS } from './speeds';

/** Starts a requestAnimationFrame loop; returns a function that stops it. */
export function startClock(onFrame: (realSeconds: number) => void): () => void {
	let frameId = 0;
	let lastTime: number | undefined;

	const frame = (now: number) => {
		if (lastTime !== undefined) onFrame(Math.min((now - lastTime) / 1000, MAX_FRAME_SECONDS));
		lastTime = now;
		frameId = requestAnimationFrame(frame);
	};
	const start = () => {
		lastTime = undefined;
		cancelAnimationFrame(frameId);
		frameId = requestAnimationFrame(frame);
	};
	const onVisibilityChange = () => {
		if (document.hidden) cancelAnimationFrame(frameId);
		else start();
	};

	document.addEventListener('visibilitychange', onVisibilityChange);
	if (!document.hidden) start();
	return () => {
		cancelAnimationFrame(frameId);
		document.removeEventListener('visibilitychange', onVisibilityChange);
	};
}
