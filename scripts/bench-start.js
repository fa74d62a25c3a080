// `npm run bench:start [-- --runs N] [-- --route /path] [-- --slowdown X]`: a first visit's start on a phone-sized page with the CPU slowed for real (DevTools throttling, default 4×): each run's first contentful paint and total blocking time, then their medians beside the goal. Steadier on a shared machine than Lighthouse's simulated throttling.
import { fileURLToPath } from 'node:url';
import { totalBlockingTimeGoalMs } from './budgets.js';
import { parseFlags, takeRoute } from './bench/arguments.js';
import { requireBuild, startPreview } from './bench/preview-server.js';
import { measureStartMedian, phoneViewport } from './bench/start-blocking.js';

async function main() {
	const argv = process.argv.slice(2);
	const route = takeRoute('bench:start', argv);
	const flags = parseFlags('bench:start', argv, {
		numbers: {
			runs: { default: 5, min: 1, max: 15, unit: 'runs' },
			slowdown: { default: 4, min: 1, max: 8, unit: '×' }
		}
	});
	requireBuild();
	const server = await startPreview();
	try {
		const slowdown = Number(flags.slowdown);
		const medians = await measureStartMedian(
			new URL(route, server.origin).href,
			Number(flags.runs),
			slowdown,
			(result, index) =>
				console.log(
					`run ${index + 1}: first contentful paint ${Math.round(result.fcpMs)} ms, total blocking time ${Math.round(result.blockingMs)} ms (${result.longTasks} long tasks)`
				)
		);
		console.log(
			`median of ${flags.runs} on ${route} (${phoneViewport.width}×${phoneViewport.height}, CPU ${slowdown}× by DevTools throttling): first contentful paint ${Math.round(medians.fcpMs)} ms, total blocking time ${Math.round(medians.blockingMs)} ms (goal ≤ ${totalBlockingTimeGoalMs} ms)`
		);
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
