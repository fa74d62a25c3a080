// `npm run bench:lighthouse [-- --runs N] [-- --route /path]`: Lighthouse mobile on the built site, N runs (default 3), each run and the median performance score and total blocking time beside their goals.
import { fileURLToPath } from 'node:url';
import { lighthouseGoals, totalBlockingTimeGoalMs } from './budgets.js';
import { parseFlags } from './bench/arguments.js';
import { lighthouseCategories, runLighthouseMedian } from './bench/lighthouse.js';
import { requireBuild, startPreview } from './bench/preview-server.js';

async function main() {
	const argv = process.argv.slice(2);
	const routeAt = argv.indexOf('--route');
	const route = routeAt >= 0 ? (argv.splice(routeAt, 2)[1] ?? '/') : '/';
	if (!route.startsWith('/')) {
		console.error(`bench:lighthouse: --route must start with "/" (got "${route}")`);
		process.exit(2);
	}
	const flags = parseFlags('bench:lighthouse', argv, {
		numbers: { runs: { default: 3, min: 1, max: 9, unit: 'runs' } }
	});
	requireBuild();
	const server = await startPreview();
	try {
		const url = new URL(route, server.origin).href;
		const result = await runLighthouseMedian(url, Number(flags.runs), (message) =>
			console.error(`bench:lighthouse: ${message}`)
		);
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
			`median of ${result.runs.length} on ${route} (mobile): performance ${scores.performance} (goal ≥ ${lighthouseGoals.performance}), total blocking time ${totalBlockingTimeMs} ms (goal ≤ ${totalBlockingTimeGoalMs} ms)`
		);
	} finally {
		await server.stop();
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
