// `npm run bench:lighthouse [-- --runs N] [-- --route /path] [-- --calibrate]`: Lighthouse mobile on the built site, N runs (default 3), each run and the median performance score and total blocking time beside their goals.
import { fileURLToPath } from 'node:url';
import { lighthouseGoals, totalBlockingTimeGoalMs } from './budgets.js';
import { parseFlags, takeRoute } from './bench/arguments.js';
import {
	calibratedCpuSlowdown,
	defaultCpuSlowdown,
	lighthouseCategories,
	runLighthouse,
	runLighthouseMedian
} from './bench/lighthouse.js';
import { requireBuild, startPreview } from './bench/preview-server.js';

async function main() {
	const argv = process.argv.slice(2);
	const route = takeRoute('bench:lighthouse', argv);
	const flags = parseFlags('bench:lighthouse', argv, {
		numbers: { runs: { default: 3, min: 1, max: 9, unit: 'runs' } },
		switches: ['calibrate']
	});
	requireBuild();
	const server = await startPreview();
	try {
		const url = new URL(route, server.origin).href;
		const progress = (/** @type {string} */ message) =>
			console.error(`bench:lighthouse: ${message}`);
		let cpuSlowdown = defaultCpuSlowdown;
		if (flags.calibrate) {
			// One run at the default slowdown reads this host's CPU benchmark index (Lighthouse measures it each run).
			progress('calibrating: one run at the default CPU slowdown to read the benchmark index');
			const probe = await runLighthouse(url);
			if ('error' in probe) {
				console.error(`bench:lighthouse: ${probe.error}`);
				process.exit(1);
			}
			cpuSlowdown = calibratedCpuSlowdown(probe.cpuBenchmarkIndex);
			console.log(
				`calibration: CPU benchmark index ${probe.cpuBenchmarkIndex} → slowdown ${cpuSlowdown}× (Lighthouse's ${defaultCpuSlowdown}× is calibrated for an index of 1500–2000); the uncalibrated run scored performance ${probe.scores.performance}, total blocking time ${probe.totalBlockingTimeMs} ms`
			);
		}
		const result = await runLighthouseMedian(url, Number(flags.runs), progress, cpuSlowdown);
		if ('error' in result) {
			console.error(`bench:lighthouse: ${result.error}`);
			process.exit(1);
		}
		result.runs.forEach((run, index) =>
			console.log(
				`run ${index + 1}: ${lighthouseCategories.map((id) => `${id} ${run.scores[id]}`).join(', ')}; total blocking time ${run.totalBlockingTimeMs} ms; CPU benchmark index ${run.cpuBenchmarkIndex}`
			)
		);
		const { scores, totalBlockingTimeMs } = result.median;
		console.log(
			`median of ${result.runs.length} on ${route} (mobile, CPU slowdown ${cpuSlowdown}×): performance ${scores.performance} (goal ≥ ${lighthouseGoals.performance}), total blocking time ${totalBlockingTimeMs} ms (goal ≤ ${totalBlockingTimeGoalMs} ms)`
		);
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
