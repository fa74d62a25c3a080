// The compile-hint plugin marks the chunks a page runs at start (entries, route nodes and their static imports) and nothing lazy.
import { describe, expect, it } from 'vitest';
import { minimumHintedBytes, startupChunks } from './compile-hints.js';

const big = 'x'.repeat(minimumHintedBytes);

describe('startupChunks', () => {
	it('takes entries, route nodes and what they import statically, leaving lazy and small chunks out', () => {
		const bundle = {
			'_app/immutable/entry/start.js': { type: 'chunk', isEntry: true, imports: ['_app/immutable/chunks/runtime.js'], code: big },
			'_app/immutable/nodes/2.js': { type: 'chunk', isEntry: false, imports: ['_app/immutable/chunks/model.js', '_app/immutable/chunks/tiny.js'], code: big },
			'_app/immutable/chunks/runtime.js': { type: 'chunk', imports: [], code: big },
			'_app/immutable/chunks/model.js': { type: 'chunk', imports: ['_app/immutable/chunks/runtime.js'], code: big },
			'_app/immutable/chunks/tiny.js': { type: 'chunk', imports: [], code: 'export{}' },
			'_app/immutable/chunks/CloseUpPanels.js': { type: 'chunk', isEntry: false, imports: [], code: big },
			'_app/immutable/assets/0.css': { type: 'asset' }
		};
		expect([...startupChunks(bundle)].sort()).toEqual([
			'_app/immutable/chunks/model.js',
			'_app/immutable/chunks/runtime.js',
			'_app/immutable/entry/start.js',
			'_app/immutable/nodes/2.js'
		]);
	});
});
