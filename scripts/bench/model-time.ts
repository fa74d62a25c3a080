// Times a 10-year run of the model when src/lib/model/simulate.ts exports `simulate`; prints one JSON line (run with tsx).
import { existsSync } from 'node:fs';

type Outcome =
	| { status: 'ok'; medianMs: number; runs: number; call: string }
	| { status: 'n/a'; reason: string };

const tenYearsDays = 3650;
const simulateUrl = new URL('../../src/lib/model/simulate.ts', import.meta.url);
const parametersUrl = new URL('../../src/lib/model/parameters.ts', import.meta.url);

/**
 * The ways a `simulate` for ten years may be called, tried in order; the first that returns a value is timed.
 * When the model's API is settled, keep only the right one.
 */
function candidateCalls(
	simulate: (...args: unknown[]) => unknown,
	inputs: unknown
): Array<[string, () => unknown]> {
	return [
		['simulate(inputs, { days: 3650 })', () => simulate(inputs, { days: tenYearsDays })],
		['simulate(inputs, { years: 10 })', () => simulate(inputs, { years: 10 })],
		['simulate(inputs, 3650)', () => simulate(inputs, tenYearsDays)],
		['simulate({ inputs, days: 3650 })', () => simulate({ inputs, days: tenYearsDays })]
	];
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

async function measure(): Promise<Outcome> {
	if (!existsSync(simulateUrl)) return { status: 'n/a', reason: 'model not built' };
	const model = (await import(simulateUrl.href)) as { simulate?: unknown };
	if (typeof model.simulate !== 'function')
		return { status: 'n/a', reason: 'simulate.ts exports no simulate()' };
	const { defaultInputs } = (await import(parametersUrl.href)) as { defaultInputs: () => unknown };
	const simulate = model.simulate as (...args: unknown[]) => unknown;
	for (const [call, run] of candidateCalls(simulate, defaultInputs())) {
		try {
			if (run() == null) continue;
		} catch {
			continue;
		}
		const timesMs: number[] = [];
		const deadline = performance.now() + 2000;
		while (timesMs.length < 5 || (performance.now() < deadline && timesMs.length < 50)) {
			const start = performance.now();
			run();
			timesMs.push(performance.now() - start);
		}
		return { status: 'ok', medianMs: median(timesMs), runs: timesMs.length, call };
	}
	return { status: 'n/a', reason: 'simulate() did not accept a 10-year call' };
}

console.log(JSON.stringify(await measure()));
