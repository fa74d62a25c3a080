// The describer: every sentence the app speaks, built from model snapshots and translated messages (pure: no DOM, no Svelte).
export { describeSettledChange } from './describe-change';
export {
	describeComparison,
	describePause,
	describeProgress,
	describeSinceStart,
	describeYear,
	timeIn,
	type RunPoint
} from './describe-run';
export { summaryDue, MIN_SECONDS_BETWEEN_SUMMARIES, type SummaryKind } from './narration-policy';
export { settleDays } from './settle-time';
export { durationIn, formatIn, listIn, percentIn, type Locale } from './locale-format';
