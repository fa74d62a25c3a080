// The teacher guide, worksheets and about page take every word from the message files: no text is written into their markup.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const folders = ['src/routes/teach/', 'src/routes/about/', 'src/lib/view/pages/'];
/** Identifiers that are the same in every language (the `doi:` prefix of a citation). */
const identifiers = new Set(['doi']);

/** Every .svelte file under `folder`, recursively. */
function svelteFiles(folder: string): string[] {
	return readdirSync(new URL(folder, root), { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? svelteFiles(`${folder}${entry.name}/`)
			: entry.name.endsWith('.svelte')
				? [`${folder}${entry.name}`]
				: []
	);
}

/** Words left in the markup once scripts, styles, comments, expressions and tags are removed. */
function literalText(source: string): string[] {
	const markup = source
		.replace(/<script[\s\S]*?<\/script>/g, '')
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\{[^{}]*\}/g, ' ')
		.replace(/<[^>]*>/g, ' ');
	return (markup.match(/\p{L}{2,}/gu) ?? []).filter((word) => !identifiers.has(word));
}

describe('text pages', () => {
	it.each(folders.flatMap(svelteFiles))('%s has no words outside messages', (file) => {
		expect(literalText(readFileSync(new URL(file, root), 'utf8'))).toEqual([]);
	});
});
