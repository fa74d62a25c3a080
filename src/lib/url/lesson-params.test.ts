// Lesson parameters: preset, predict and horizon are read, checked, written back and combined with explicit inputs.
import { describe, expect, it } from 'vitest';
import { scenarioById } from '$lib/model';
import { appParamNames } from './app-schema';
import { embedParamNames } from './embed-options';
import {
	joinQueries,
	lessonParamNames,
	parseLessonState,
	serialiseLessonState,
	withPresetInputs
} from './lesson-params';
import { parseAppState } from './parse';

const others = new Set([...appParamNames, ...embedParamNames]);

function open(search: string) {
	const app = parseAppState(search, { otherKnownNames: lessonParamNames });
	const lesson = parseLessonState(search, others);
	return {
		state: withPresetInputs(app.state, lesson.lesson, search, app.rejected),
		lesson: lesson.lesson,
		rejected: [...app.rejected, ...lesson.rejected]
	};
}

describe('lesson parameters', () => {
	it('share no name with the app or embed parameters', () => {
		for (const name of lessonParamNames) expect(others.has(name)).toBe(false);
	});

	it('read a preset with its inputs, and a predict question', () => {
		const { state, lesson, rejected } = open('preset=natto_eater&predict=mgp,bone&horizon=6m');
		expect(rejected).toEqual([]);
		expect(lesson).toEqual({ preset: 'natto_eater', predict: ['bone', 'mgp'], horizon: '6m' });
		expect(state.inputs).toEqual(scenarioById('natto_eater')?.inputs);
	});

	it('let the link’s own inputs win over the preset, but not rejected ones', () => {
		expect(open('preset=natto_eater&k2=100').state.inputs.k2McgPerDay).toBe(100);
		expect(open('preset=natto_eater&k2=5000').state.inputs.k2McgPerDay).toBe(350);
		expect(open('preset=after_menopause&d3=2000').state.inputs).toMatchObject({
			lifeStage: 'postmenopausal',
			d3IuPerDay: 2000
		});
	});

	it('reject unknown presets, quantities and horizons with a reason, and keep nothing of them', () => {
		const { lesson, rejected } = open('preset=%3Cscript%3E&predict=bone,soul&horizon=3d');
		expect(lesson).toEqual({});
		expect(rejected.map((entry) => entry.name)).toEqual(['preset', 'predict', 'horizon']);
		expect(open('predict=').rejected).toEqual([{ name: 'predict', reason: 'malformed' }]);
		expect(open('predict=none').lesson).toEqual({});
	});

	it('write back what they read', () => {
		for (const query of ['preset=on_warfarin', 'predict=absorption,vitaminD&horizon=2w', ''])
			expect(serialiseLessonState(parseLessonState(query, others).lesson)).toBe(query);
		expect(joinQueries('k2=10', '', 'preset=on_warfarin')).toBe('k2=10&preset=on_warfarin');
	});
});
