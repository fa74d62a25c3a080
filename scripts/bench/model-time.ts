// Times a 10-year run of the model at dtDays 1 (median of repeated runs after warm-up); prints one JSON line (run with tsx).
import { defaultInputs, simulate } from '../../src/lib/model';

const tenYearsDays = 3650;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const inputs = defaultInputs();
const run = () => simulate(inputs, { days: tenYearsDays, dtDays: 1 });
for (let warmUp = 0; warmUp < 3; warmUp++) run();
const timesMs: number[] = [];
const deadline = performance.now() + 2000;
while (timesMs.length < 5 || (performance.now() < deadline && timesMs.length < 50)) {
	const start = performance.now();
	run();
	timesMs.push(performance.now() - start);
}
console.log(
	JSON.stringify({
		status: 'ok',
		medianMs: median(timesMs),
		runs: timesMs.length,
		call: 'simulate(inputs, { days: 3650, dtDays: 1 })'
	})
);
