// Writes the single file's measured size into the README's "One offline file" sentence (called by `npm run build:single`).
import { readFileSync, writeFileSync } from 'node:fs';

/** The sentence part the figure lives in: "(about 680 KB, 230 KB gzipped)". */
export const SINGLE_FILE_FIGURE = /\(about \d+ KB, \d+ KB gzipped\)/;

/** `text` with the figure set to `rawKb` and `gzipKb`, rounded to 10 KB (the size moves with every change). */
export function withSingleFileFigure(
	/** @type {string} */ text,
	/** @type {number} */ rawKb,
	/** @type {number} */ gzipKb
) {
	if (!SINGLE_FILE_FIGURE.test(text))
		throw new Error('README: the single-file size sentence is missing');
	const round = (/** @type {number} */ kb) => Math.round(kb / 10) * 10;
	return text.replace(
		SINGLE_FILE_FIGURE,
		`(about ${round(rawKb)} KB, ${round(gzipKb)} KB gzipped)`
	);
}

/** Rewrites the README's figure in place when it changed; returns whether it did. */
export function writeSingleFileFigure(
	/** @type {string} */ readmePath,
	/** @type {number} */ rawKb,
	/** @type {number} */ gzipKb
) {
	const before = readFileSync(readmePath, 'utf8');
	const after = withSingleFileFigure(before, rawKb, gzipKb);
	if (after !== before) writeFileSync(readmePath, after);
	return after !== before;
}
