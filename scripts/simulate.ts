// Command-line entry point: `npm run -s simulate -- --k2 180 --d3 800 --calcium 1000 --years 3` (see --help).
import { parseSimulateArgs } from './simulate-args';
import { format, helpText, runSimulation } from './simulate-output';

/** Exit code for bad usage (as in most command-line tools). */
const USAGE_ERROR = 2;

// Stop quietly when the reader closes the pipe early (e.g. `| head`).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	throw error;
});

const parsed = parseSimulateArgs(process.argv.slice(2));
if (parsed.kind === 'error') {
	process.stderr.write(`simulate: ${parsed.message}\n`);
	process.exitCode = USAGE_ERROR;
} else if (parsed.kind === 'help') {
	process.stdout.write(helpText);
} else {
	process.stdout.write(format(runSimulation(parsed.options), parsed.options.format));
}
