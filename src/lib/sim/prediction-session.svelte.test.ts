// The prediction session: asking, committing, observing at the horizon (and only once), chart bands, completion.
import { describe, expect, it } from 'vitest';
import { defaultInputs, simulate } from '$lib/model';
import { PredictionSession } from './prediction-session.svelte';

const run = simulate({ ...defaultInputs(), d3IuPerDay: 4000 }, { days: 200, every: 1 });
const history = run.map((s) => ({
	day: s.day,
	boneMineralChangePct: s.boneMineralChangePct,
	arterialCalciumIndex: s.arterialCalciumIndex
}));

describe('PredictionSession', () => {
	it('asks the linked question, then reads the run once at the horizon', () => {
		const session = new PredictionSession();
		session.ask({ quantities: ['vitaminD', 'artery'], horizon: '6w' });
		expect(session.open && session.asked).toBe(true);
		expect(session.days).toBe(42);
		expect(session.observe(run[50], history)).toBe(false);
		session.commit({
			vitaminD: { direction: 'up', size: 'medium' },
			artery: { direction: 'up', size: 'small' }
		});
		expect(session.observe(run[41], history)).toBe(false);
		expect(session.observe(run[43], history)).toBe(true);
		expect(session.observation?.vitaminD).toBeGreaterThan(20);
		expect(session.observation?.artery).toBeCloseTo(run[42].arterialCalciumIndex, 6);
		expect(session.observe(run[60], history)).toBe(false);
		expect(session.chartPrediction?.artery?.day).toBe(42);
		expect(session.chartPrediction?.bone).toBeUndefined();
	});

	it('is complete only once observed and explained; asking again starts over', () => {
		const session = new PredictionSession();
		session.open = true;
		session.commit({ bone: { direction: 'same' }, artery: { direction: 'up', size: 'medium' } });
		expect(session.complete).toBe(false);
		session.observe(run[199], history);
		expect(session.observation).toBeNull();
		session.ask({ quantities: ['bone'], horizon: '3m' });
		session.commit({ bone: { direction: 'same' } });
		session.observe(run[95], history);
		session.explanation = '   ';
		expect(session.complete).toBe(false);
		session.explanation = 'D3 raises absorption, bone barely moves';
		expect(session.complete).toBe(true);
		session.predictAgain();
		expect(session.complete).toBe(false);
	});
});
