// `npm run build:scorm`: builds the single-file app and packs it as a SCORM 1.2 zip (build-scorm/calcium-routes-scorm.zip) with the explorer, the tour and each activity as launchable items.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import en from '../messages/en.json' with { type: 'json' };
import { activities } from '$lib/view/pages/activities';
import { scormManifest, type LaunchItem } from './build-scorm-manifest';
import { zipFiles } from './build-scorm-zip';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const LAUNCH = 'index.html';

if (!process.argv.includes('--no-build')) {
	const single = spawnSync(process.execPath, ['scripts/build-single-file.js'], {
		cwd: projectDir,
		stdio: 'inherit'
	});
	if (single.status !== 0) process.exit(single.status ?? 1);
}

/** Titles in English, the base language (the app inside follows ?lang= or the switcher). */
const items: LaunchItem[] = [
	{ id: 'explorer', title: en.pages_nav_explorer, query: '' },
	{ id: 'tour', title: en.classroom_tour_label, query: 'tour=1' },
	...activities.map((activity) => ({
		id: activity.id,
		title: activity.title(),
		query: activity.links[0].query
	}))
];

const app = readFileSync(`${projectDir}/build-single/index.html`);
const zip = zipFiles([
	{ name: 'imsmanifest.xml', data: Buffer.from(scormManifest(en.app_title, items, LAUNCH)) },
	{ name: LAUNCH, data: app }
]);
mkdirSync(`${projectDir}/build-scorm`, { recursive: true });
writeFileSync(`${projectDir}/build-scorm/calcium-routes-scorm.zip`, zip);
console.log(
	`build-scorm/calcium-routes-scorm.zip: ${(zip.length / 1000).toFixed(1)} KB, ${items.length} launchable items (${items.map((item) => item.id).join(', ')}).`
);
