// Vite plugin: marks the top-level call initialisers of d3's bundled `dist/*.mjs` files as pure, so unused curves, interpolators and the like are tree-shaken.
// d3 v3+ packages ship one pre-bundled module each; statements such as `var bundle = (function custom(beta) {…})(0.85);`
// (every d3-shape curve) or `var hsl_default = hsl(hue);` only build closures, but the bundler cannot prove that and
// keeps them, with everything they reference. A `/*#__PURE__*/` annotation lets it drop them when nothing uses them.

/** Files this plugin rewrites: the bundled ES modules of d3's packages. */
export const d3DistModule = /[\\/]node_modules[\\/]d3-[a-z-]+[\\/]dist[\\/][^\\/]+\.mjs$/;

/** A top-level `var|let|const name = ` whose initialiser starts with a call or an immediately invoked function. */
const topLevelCallInitialiser = /^((?:var|let|const) [\w$]+ = )(?=\(function\b|[\w$.]+\()/gm;

/** The module's source with every top-level call initialiser annotated as pure. */
export function annotatePureInitialisers(/** @type {string} */ code) {
	return code.replace(topLevelCallInitialiser, '$1/*#__PURE__*/ ');
}

/** @returns {import('vite').Plugin} */
export function pureD3() {
	return {
		name: 'calcium-routes:pure-d3',
		transform: {
			filter: { id: d3DistModule },
			handler(code, id) {
				if (!d3DistModule.test(id)) return null;
				return { code: annotatePureInitialisers(code), map: null };
			}
		}
	};
}
