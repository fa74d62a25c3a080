// Inside an LMS (a SCORM 1.2 API in a parent frame): reports the tour and each finished predict–observe–explain cycle as completions.
import type { ExplorerUi } from '$lib/sim/explorer-ui.svelte';
import { tourSteps } from '$lib/sim/tour';
import type { ScormSession } from './scorm-api';
import { findScorm12Api } from './scorm-find';

/** Quiet time after the last keystroke of an explanation before it is sent as the interaction's response. */
const EXPLANATION_SETTLE_MS = 1500;

/** Call from the explorer route's script. Does nothing outside an LMS; sends nothing anywhere but the LMS's own API. */
export function connectLms(ui: ExplorerUi): void {
	let session: ScormSession | null = null;

	$effect(() => {
		// Outside an LMS (the usual case) the session code is never loaded.
		if (!findScorm12Api(window)) return;
		let stopped = false;
		const end = () => session?.finish();
		void import('./scorm-api').then(({ ScormSession }) => {
			if (stopped) return;
			session = ScormSession.start(window);
			if (session) window.addEventListener('pagehide', end);
		});
		return () => {
			stopped = true;
			window.removeEventListener('pagehide', end);
			end();
		};
	});

	// The tour counts as finished once its last step is reached.
	$effect(() => {
		if (ui.tourStep === tourSteps.length) session?.complete({ kind: 'tour' });
	});

	// A cycle counts once the run reached the horizon and the student wrote an explanation.
	$effect(() => {
		const predict = ui.classroom.predict;
		if (!predict.complete) return;
		const explanation = predict.explanation;
		const cycle = predict.prediction;
		if (!cycle) return;
		const timer = setTimeout(
			() => session?.complete({ kind: 'predict', explanation, cycle }),
			EXPLANATION_SETTLE_MS
		);
		return () => clearTimeout(timer);
	});
}
