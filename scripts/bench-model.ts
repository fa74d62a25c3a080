// Times the model: a 10-year run at 1-day steps (goal ≤ 20 ms) and the cost of one step (medians after warm-up).
import { advance, defaultInputs, initialState, simulate } from '../src/lib/model/index';

const YEARS = 10;
const DAYS = Math.round(YEARS * 365.25);
const RUNS = 15;
const WARM_UP_RUNS = 5;
const GOAL_MS = 20;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(run: () => void): number {
	for (let index = 0; index < WARM_UP_RUNS; index++) run();
	const samples: number[] = [];
	for (let index = 0; index < RUNS; index++) {
		const start = performance.now();
		run();
		samples.push(performance.now() - start);
	}
	return median(samples);
}

const inputs = {
	...defaultInputs(),
	k2McgPerDay: 180,
	d3IuPerDay: 2000,
	lifeStage: 'postmenopausal' as const
};
const advanceMs = time(() => advance(initialState(inputs), inputs, DAYS, 1));
const simulateMs = time(() => simulate(inputs, { days: DAYS, dtDays: 1 }));
const defaultStepMs = time(() => advance(initialState(inputs), inputs, DAYS));

const format = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(
	`model bench: ${YEARS} years = ${DAYS} days, median of ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs`
);
console.log(
	`advance, dtDays 1:                  ${format(advanceMs)} (${((advanceMs * 1000) / DAYS).toFixed(2)} µs per step)`
);
console.log(`simulate with daily snapshots, dt 1: ${format(simulateMs)}`);
console.log(
	`advance, default dtDays 0.25:       ${format(defaultStepMs)} (${((defaultStepMs * 1000) / (DAYS * 4)).toFixed(2)} µs per step)`
);
console.log(
	`goal ≤ ${GOAL_MS} ms for 10 years at dtDays 1: ${simulateMs <= GOAL_MS ? 'met' : 'NOT met'}`
);
