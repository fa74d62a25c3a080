// The close-up's numbers follow the model: molecules out of ten, the gut's two routes, label wrapping.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PASSIVE_ABSORPTION_FRACTION } from '$lib/model/constants';
import { absorptionRoutes, activeMolecules, gateOpening, wrapLabel } from './closeup-model';

describe('activeMolecules', () => {
	it('rounds the carboxylated fraction to molecules out of ten', () => {
		expect(activeMolecules(0.75)).toBe(8);
		expect(activeMolecules(0.6)).toBe(6);
		expect(activeMolecules(0.12)).toBe(1);
		expect(activeMolecules(1)).toBe(10);
	});

	it('stays within 0–10 for any input and never decreases as the fraction rises', () => {
		fc.assert(
			fc.property(fc.double(), fc.double(), (a, b) => {
				const count = activeMolecules(a);
				expect(count).toBeGreaterThanOrEqual(0);
				expect(count).toBeLessThanOrEqual(10);
				if (Number.isFinite(a) && Number.isFinite(b) && a <= b)
					expect(count).toBeLessThanOrEqual(activeMolecules(b));
			})
		);
	});
});

describe('absorptionRoutes and gateOpening', () => {
	it('splits absorption into the fixed passive share and the active rest', () => {
		const routes = absorptionRoutes({ fractionalAbsorption: 0.26 });
		expect(routes.passiveShare).toBe(PASSIVE_ABSORPTION_FRACTION);
		expect(routes.activeShare).toBeCloseTo(0.26 - PASSIVE_ABSORPTION_FRACTION, 10);
	});

	it('never reports a negative or non-finite share', () => {
		expect(absorptionRoutes({ fractionalAbsorption: 0.03 })).toEqual({
			activeShare: 0,
			passiveShare: 0.03
		});
		expect(absorptionRoutes({ fractionalAbsorption: Number.NaN })).toEqual({
			activeShare: 0,
			passiveShare: 0
		});
	});

	it('opens the gate in proportion to the active share, within 0–1', () => {
		expect(gateOpening(0.3)).toBeCloseTo(0.5, 10);
		expect(gateOpening(0.9)).toBe(1);
		expect(gateOpening(-1)).toBe(0);
		expect(gateOpening(Number.NaN)).toBe(0);
	});
});

describe('wrapLabel', () => {
	it('keeps words whole and lines within the limit where it can', () => {
		expect(wrapLabel('passive route between cells', 14)).toEqual([
			'passive route',
			'between cells'
		]);
		expect(wrapLabel('γ-glutamyl carboxylase', 12)).toEqual(['γ-glutamyl', 'carboxylase']);
		expect(wrapLabel('  ', 10)).toEqual([]);
	});
});
