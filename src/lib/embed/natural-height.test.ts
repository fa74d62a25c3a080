// Tests for the scene fit: it shrinks the scene by exactly the overflow, never below the minimum, and never when the content fits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_FITTED_SCENE_PX, sceneCapPx } from './natural-height';

describe('sceneCapPx', () => {
	it('leaves the scene alone when the content fits the frame', () => {
		expect(sceneCapPx(500, 500, 300)).toBeUndefined();
		expect(sceneCapPx(400, 600, 300)).toBeUndefined();
	});

	it('shrinks the scene by the overflow', () => {
		expect(sceneCapPx(600, 450, 400)).toBe(250);
	});

	it('gives up (the frame scrolls) rather than shrink the scene below the minimum', () => {
		expect(sceneCapPx(900, 450, 400)).toBeUndefined();
		expect(sceneCapPx(600, 450, 400, 260)).toBeUndefined();
	});

	it('refuses nonsense', () => {
		expect(sceneCapPx(Number.NaN, 450, 400)).toBeUndefined();
		expect(sceneCapPx(600, 450, 0)).toBeUndefined();
	});

	it('a cap, when given, makes the content fit and keeps the minimum', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 100, max: 3000 }),
				fc.integer({ min: 100, max: 3000 }),
				fc.integer({ min: 1, max: 2000 }),
				(natural, frame, scene) => {
					const cap = sceneCapPx(natural, frame, scene);
					if (cap === undefined)
						return natural <= frame || scene - (natural - frame) < MIN_FITTED_SCENE_PX;
					return cap >= MIN_FITTED_SCENE_PX && natural - (scene - cap) <= frame && cap < scene;
				}
			)
		);
	});
});
