// Finishes SvelteKit's inline build so it runs from disk (file://): inlines the icon, points the hash router at the file itself, re-hashes the CSP.
import { createHash } from 'node:crypto';

/** SvelteKit's boot script takes the directory as the base, so `resolve('/about')` gives `build-single#/about`: on disk that is the folder, not the file. An empty base gives `#/about`, a link within the file. */
const DIRECTORY_BASE = "base: new URL('.', location).pathname.slice(0, -1)";
const FILE_BASE = "base: ''";
const ICON_LINK = /<link rel="icon" href="[^"]*favicon\.png"/;
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/** The CSP source for an inline script, as SvelteKit writes it. */
export function scriptHash(/** @type {string} */ code) {
	return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * Returns the finished HTML; throws when the page does not look like SvelteKit's inline build
 * (so a SvelteKit upgrade that changes the boot script fails the build instead of shipping a broken file).
 */
export function finishSingleFile(/** @type {string} */ html, /** @type {Uint8Array} */ faviconPng) {
	const scripts = [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1]);
	if (scripts.length !== 1) throw new Error(`expected one inline script, found ${scripts.length}`);
	const [code] = scripts;
	const oldHash = scriptHash(code);
	if (!html.includes(oldHash))
		throw new Error('the CSP does not carry the hash of the inline script');
	if (code.split(DIRECTORY_BASE).length !== 2)
		throw new Error('SvelteKit boot script changed: base not found');
	if (/<script[^>]*\ssrc=|<link[^>]*rel="(?:stylesheet|modulepreload)"/.test(html))
		throw new Error('the page still loads scripts or styles from other files');
	const newCode = code.replace(DIRECTORY_BASE, FILE_BASE);
	const icon = `<link rel="icon" href="data:image/png;base64,${Buffer.from(faviconPng).toString('base64')}"`;
	return html
		.replace(code, () => newCode)
		.replace(oldHash, scriptHash(newCode))
		.replace(ICON_LINK, () => icon);
}
