// The outcomes offered are the ones the model can produce: the stored reach matches a fresh run, and no impossible choice is offered.
import { describe, expect, it } from 'vitest';
import { PREDICTED_QUANTITIES, PREDICTION_HORIZONS } from './prediction';
import { computeReach, MODEL_REACH, offeredChoices } from './prediction-reach';

describe('what the model can produce', () => {
	it('the stored reach is what the model gives now (regenerate MODEL_REACH after a model change)', () => {
		const fresh = computeReach();
		for (const quantity of PREDICTED_QUANTITIES)
			for (const horizon of PREDICTION_HORIZONS)
				for (const end of [0, 1])
					expect(MODEL_REACH[quantity][horizon][end], `${quantity} ${horizon}`).toBeCloseTo(
						fresh[quantity][horizon][end],
						2
					);
	}, 60_000);

	it('never offers "down" for artery calcium, which only builds up in the model (or stays put in a child)', () => {
		for (const horizon of PREDICTION_HORIZONS) {
			const choices = offeredChoices('artery', horizon);
			expect(choices.some((choice) => choice.direction === 'down')).toBe(false);
			expect(choices.some((choice) => choice.direction === 'up')).toBe(true);
		}
	});

	it('offers up and down for the levels, and "about the same" wherever the typical adult is in reach', () => {
		for (const quantity of ['absorption', 'vitaminD', 'osteocalcin', 'mgp'] as const)
			for (const horizon of PREDICTION_HORIZONS) {
				const directions = new Set(offeredChoices(quantity, horizon).map((c) => c.direction));
				expect([...directions].sort()).toEqual(['down', 'same', 'up']);
			}
		// A growing child lays down ~7 % of an adult skeleton a year: a large rise is in reach since the life course.
		expect(offeredChoices('bone', '1y')).toContainEqual({ direction: 'up', size: 'large' });
		expect(offeredChoices('bone', '1y')).toContainEqual({ direction: 'down', size: 'large' });
	});

	it('drops a choice outside a given reach', () => {
		const reach = structuredClone(MODEL_REACH);
		reach.vitaminD['1y'] = [2, 8];
		expect(offeredChoices('vitaminD', '1y', reach)).toEqual([
			{ direction: 'same' },
			{ direction: 'up', size: 'small' }
		]);
	});
});
