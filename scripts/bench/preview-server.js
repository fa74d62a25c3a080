// Starts `vite preview` of the production build on a free port for the benches, and stops it again.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const projectDir = fileURLToPath(new URL('../..', import.meta.url));

/** @returns {Promise<boolean>} whether nothing listens on `port` yet. */
function portIsFree(/** @type {number} */ port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, 'localhost', () => server.close(() => resolve(true)));
	});
}

/** The first free port from `firstPort` on. */
export async function findFreePort(firstPort = 4185) {
	for (let port = firstPort; port < firstPort + 50; port += 1) {
		if (await portIsFree(port)) return port;
	}
	throw new Error(`no free port between ${firstPort} and ${firstPort + 49}`);
}

/** Exits with a clear message when the production build is missing. */
export function requireBuild() {
	if (!existsSync(`${projectDir}/build/index.html`)) {
		console.error('No production build in build/: run `npm run build` first.');
		process.exit(1);
	}
}

/** Serves the production build; resolves once the home page answers. */
export async function startPreview(firstPort = 4185) {
	const port = await findFreePort(firstPort);
	const viteBin = `${projectDir}/node_modules/vite/bin/vite.js`;
	const child = spawn(
		process.execPath,
		[viteBin, 'preview', '--port', String(port), '--strictPort'],
		{
			cwd: projectDir,
			stdio: ['ignore', 'ignore', 'pipe']
		}
	);
	let errorOutput = '';
	child.stderr?.on('data', (chunk) => (errorOutput += chunk));
	const origin = `http://localhost:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`vite preview exited: ${errorOutput.trim()}`);
		try {
			if ((await fetch(origin)).ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	if (Date.now() >= deadline) {
		child.kill();
		throw new Error(`vite preview did not answer on ${origin} within 30 s`);
	}
	return {
		origin,
		stop: () =>
			new Promise((resolve) => {
				if (child.exitCode !== null) return resolve(undefined);
				child.once('exit', () => resolve(undefined));
				child.kill('SIGTERM');
			})
	};
}
