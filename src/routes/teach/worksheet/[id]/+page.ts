// One printable page per activity (prerendered for each activity id).
import { loadActivity, worksheetEntries } from '$lib/view/pages/worksheet-route';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = worksheetEntries;
export const load: PageLoad = ({ params }) => loadActivity(params.id);
