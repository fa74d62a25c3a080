// `npm run build:single`: builds the whole site as one self-contained build-single/index.html (SINGLE_FILE=1, see svelte.config.js), finishes it for file://, prints its size and writes it into the README.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { finishSingleFile } from './finish-single-file.js';
import { writeSingleFileFigure } from './size/readme-figure.js';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
	cwd: projectDir,
	encoding: 'utf8',
	env: { ...process.env, SINGLE_FILE: '1' }
});
/**
 * SvelteKit wants tsconfig.json to extend the tsconfig of every outDir; this build's own outDir
 * (.svelte-kit-single) only serves the build, so that notice is dropped. Everything else is shown.
 */
const TSCONFIG_NOTICE =
	/Your tsconfig\.json should extend[^\n]*\n\{\n[^\n]*\.svelte-kit-single[^\n]*\n\}\n/g;
/** …and SvelteKit's hint to run `npm run preview`, which serves the site build, not this file. */
const PREVIEW_HINT = /\n?Run npm run preview[^\n]*\n/g;
process.stdout.write(build.stdout.replace(TSCONFIG_NOTICE, '').replace(PREVIEW_HINT, ''));
process.stderr.write(build.stderr.replace(TSCONFIG_NOTICE, ''));
if (build.status !== 0) process.exit(build.status ?? 1);

const file = `${projectDir}/build-single/index.html`;
const finished = finishSingleFile(
	readFileSync(file, 'utf8'),
	readFileSync(`${projectDir}/static/favicon.png`)
);
writeFileSync(file, finished);
const rawKb = Buffer.byteLength(finished) / 1000;
const gzipKb = gzipSync(finished, { level: 9 }).length / 1000;
console.log(
	`build-single/index.html: ${rawKb.toFixed(1)} KB raw, ${gzipKb.toFixed(1)} KB gzip. It runs from disk: open it in a browser, no server needed.`
);
// The README quotes this size: the build that measures it writes it (rounded to 10 KB).
if (writeSingleFileFigure(`${projectDir}/README.md`, rawKb, gzipKb))
	console.log('README.md: updated the single file size in "One offline file".');
