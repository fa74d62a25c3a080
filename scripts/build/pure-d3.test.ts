// The d3 purity annotations touch only top-level call initialisers, and only in d3's bundled modules.
import { describe, expect, it } from 'vitest';
import { annotatePureInitialisers, d3DistModule } from './pure-d3.js';

describe('annotatePureInitialisers', () => {
	it('marks top-level calls and immediately invoked functions, nothing else', () => {
		const code = [
			'var bundle = (function custom(beta) {',
			'  var inner = make(beta);',
			'})(0.85);',
			'const sqrt3 = sqrt(3);',
			'const pi = Math.PI;',
			'define(Rgb, rgb, {});'
		].join('\n');
		expect(annotatePureInitialisers(code).split('\n')).toStrictEqual([
			'var bundle = /*#__PURE__*/ (function custom(beta) {',
			'  var inner = make(beta);',
			'})(0.85);',
			'const sqrt3 = /*#__PURE__*/ sqrt(3);',
			'const pi = Math.PI;',
			'define(Rgb, rgb, {});'
		]);
	});

	it('applies to d3 packages’ dist modules only', () => {
		expect(d3DistModule.test('/p/node_modules/d3-shape/dist/d3-shape.mjs')).toBe(true);
		expect(d3DistModule.test('/p/node_modules/d3-shape/dist/d3-shape.js')).toBe(false);
		expect(d3DistModule.test('/p/src/lib/view/charts/chart-geometry.ts')).toBe(false);
	});
});
