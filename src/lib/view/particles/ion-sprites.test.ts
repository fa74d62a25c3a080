// Ions fade in at their source and out at their end, slowly where calcium settles into bone or artery.
import { describe, expect, it } from 'vitest';
import { FADE_STEPS, fadeStep, ionPresence } from './ion-sprites';

describe('ionPresence', () => {
	it('is whole in mid-route and gone at both ends', () => {
		expect(ionPresence(0.5, false)).toBe(1);
		expect(ionPresence(0, false)).toBe(0);
		expect(ionPresence(1, true)).toBe(0);
	});

	it('fades over a longer stretch where calcium settles', () => {
		expect(ionPresence(0.8, false)).toBe(1);
		expect(ionPresence(0.8, true)).toBeCloseTo(2 / 3, 6);
		expect(ionPresence(0.95, true)).toBeGreaterThan(ionPresence(0.97, true));
	});
});

describe('fadeStep', () => {
	it('maps presence to a sprite, full ions first', () => {
		expect(fadeStep(1)).toBe(0);
		expect(fadeStep(0)).toBe(FADE_STEPS - 1);
		expect(fadeStep(0.5)).toBe(FADE_STEPS / 2);
	});
});
