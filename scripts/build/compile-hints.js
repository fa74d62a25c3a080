// Vite plugin: starts each script the first screen runs with V8's `//# allFunctionsCalledOnLoad` compile hint, so Chrome compiles its functions on a background thread while it downloads instead of on the main thread at first call (doc/implementation-notes.md, "First visit").
// Without it, compiling functions on first call was about half of the task that starts the explorer (~55 of ~140 ms on
// this machine, ×4 on Lighthouse's emulated phone). Chrome 136+ reads the comment only on a file's first line; other
// browsers ignore it. Lazily loaded chunks (the close-up, gsap, dialogs) are left alone: most of their code may never run.

export const compileHint = '//# allFunctionsCalledOnLoad';

/** SvelteKit's client entries and route nodes: the app imports the nodes dynamically, but a page loads its own at start. */
export const startupEntry = /(^|\/)(entry|nodes)\/[^/]+\.js$/;

/** Chunks smaller than this gain too little to be worth the hint's bytes in the first visit's budget. */
export const minimumHintedBytes = 4096;

/**
 * The file names of the chunks a page loads at start: every entry (SvelteKit's start and app scripts and each
 * route's node) and what they import statically, of at least `minimumHintedBytes`.
 * @param {Record<string, { type: string, isEntry?: boolean, imports?: string[], code?: string }>} bundle
 * @returns {Set<string>}
 */
export function startupChunks(bundle) {
	/** @type {Set<string>} */
	const reached = new Set();
	const visit = (/** @type {string} */ fileName) => {
		const chunk = bundle[fileName];
		if (!chunk || chunk.type !== 'chunk' || reached.has(fileName)) return;
		reached.add(fileName);
		for (const imported of chunk.imports ?? []) visit(imported);
	};
	for (const [fileName, chunk] of Object.entries(bundle))
		if (chunk.type === 'chunk' && (chunk.isEntry || startupEntry.test(fileName))) visit(fileName);
	return new Set(
		[...reached].filter((fileName) => (bundle[fileName].code ?? '').length >= minimumHintedBytes)
	);
}

/** @returns {import('vite').Plugin} */
export function compileHints() {
	return {
		name: 'calcium-routes:compile-hints',
		apply: 'build',
		enforce: 'post',
		applyToEnvironment: (environment) => environment.name === 'client',
		generateBundle: {
			// Last: Vite's own generateBundle puts a line of its own first in chunks that import others dynamically.
			order: 'post',
			handler(_options, bundle) {
				for (const fileName of startupChunks(/** @type {any} */ (bundle))) {
					const chunk = /** @type {{ code: string, map?: unknown }} */ (bundle[fileName]);
					// A source map would be one line out; none is built, and a chunk with one is left as it is.
					if (chunk.map || chunk.code.startsWith(compileHint)) continue;
					chunk.code = `${compileHint}\n${chunk.code}`;
				}
			}
		}
	};
}
