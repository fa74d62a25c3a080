// The README's single-file figure is written by the build that measures it; the layout section names every folder of src/lib.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SINGLE_FILE_FIGURE, withSingleFileFigure } from './readme-figure.js';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('README figures', () => {
	it('has the sentence build:single writes its measured size into', () => {
		expect(readme).toMatch(SINGLE_FILE_FIGURE);
	});

	it('rounds the measured size to 10 KB and changes nothing else', () => {
		const text = 'File (about 430 KB, 140 KB gzipped): runs from disk.';
		expect(withSingleFileFigure(text, 679.4, 224.6)).toBe(
			'File (about 680 KB, 220 KB gzipped): runs from disk.'
		);
		expect(() => withSingleFileFigure('no figure', 1, 1)).toThrow(/missing/);
	});

	it('the layout section names every folder of src/lib', () => {
		const layout = readme.slice(readme.indexOf('## Layout'));
		const folders = readdirSync(new URL('src/lib/', root), { withFileTypes: true })
			.filter((entry) => entry.isDirectory())
			.map((entry) => `src/lib/${entry.name}/`);
		for (const folder of folders) expect(layout, folder).toContain(folder);
	});
});
