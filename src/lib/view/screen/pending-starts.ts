// Counts the parts that start in tasks of their own (AfterStart, HydrateApart), so that the explorer can mark itself started only once all of them have.
let pending = 0;

/** Registers one part that will start later; call the returned function when it has (calling it again does nothing). */
export function startPending(): () => void {
	pending++;
	let ended = false;
	return () => {
		if (ended) return;
		ended = true;
		pending--;
	};
}

/** Calls `callback` in the first task in which no part is still waiting to start; returns a function that cancels. */
export function afterPendingStarts(callback: () => void): () => void {
	let timer = setTimeout(function check() {
		if (pending > 0) timer = setTimeout(check, 0);
		else callback();
	}, 0);
	return () => clearTimeout(timer);
}
