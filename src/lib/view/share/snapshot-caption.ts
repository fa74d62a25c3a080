// The words that travel with a snapshot: a title with the model time, the inputs with units, the model's limits, the key sources, the link back, and the alt text.
import type { Snapshot } from '$lib/model';
import {
	calciumSpec,
	d3Spec,
	k2Spec,
	type ModelInputs,
	type NumericInputSpec
} from '$lib/model/parameters';
import { m } from '$lib/paraglide/messages';
import { calendarParts } from '$lib/sim/time-format';
import { formatNumber } from '../format';
import { describeScene } from '../scene/describe-scene';
import { unitText } from '../units';

/**
 * The key sources of the model (author–year labels as in the bibliography of /about, see
 * doc/model.md and doc/reference-values.md): calcium and vitamin D reference values (IOM 2011), D3 → 25(OH)D
 * (Gallagher 2012), K2 → carboxylation (Dalmeijer 2012), bone (Knapen 2013), arteries (Knapen 2015;
 * AVADEC: Diederichsen 2022), vitamin K antagonists (Theuwissen 2013, acenocoumarol).
 */
export const SNAPSHOT_SOURCES = [
	'IOM 2011',
	'Gallagher 2012',
	'Dalmeijer 2012',
	'Knapen 2013',
	'Knapen 2015',
	'Diederichsen 2022',
	'Theuwissen 2013'
] as const;

export interface SnapshotCaption {
	/** "Calcium Routes · model time year 1, month 2, day 3". */
	title: string;
	/** The caption paragraphs, in order: settings, limits, sources; then the link line. */
	paragraphs: string[];
	/** "Link to this state: …" (the address itself is `url`). */
	linkLabel: string;
	url: string;
}

/** Model time in words, as the time counter shows it. */
export function modelTimeText(timeDays: number): string {
	const parts = calendarParts(timeDays);
	return m.time_counter({
		years: formatNumber(parts.years),
		months: formatNumber(parts.months),
		days: formatNumber(parts.days)
	});
}

const inputLabels: Record<NumericInputSpec['id'], () => string> = {
	k2McgPerDay: m.input_k2_label,
	d3IuPerDay: m.input_d3_label,
	calciumMgPerDay: m.input_calcium_label
};

/** "Vitamin D3: 800 IU/day; …; Life stage: Adult; no warfarin". */
export function settingsText(inputs: ModelInputs): string {
	const numbers = [k2Spec, d3Spec, calciumSpec].map((spec) =>
		m.share_caption_setting({
			label: inputLabels[spec.id](),
			value: `${formatNumber(inputs[spec.id])} ${unitText(spec.units)}`
		})
	);
	const lifeStage = m.share_caption_setting({
		label: m.input_life_stage_label(),
		value:
			inputs.lifeStage === 'postmenopausal' ? m.life_stage_postmenopausal() : m.life_stage_adult()
	});
	const sunLabels = {
		none: m.sun_none,
		low: m.sun_low,
		moderate: m.sun_moderate,
		high: m.sun_high
	} as const;
	const sun = m.share_caption_setting({
		label: m.input_sun_label(),
		value: (sunLabels[inputs.sunExposure] ?? m.sun_moderate)()
	});
	const warfarin = inputs.warfarin ? m.share_caption_warfarin_yes() : m.share_caption_warfarin_no();
	return m.share_caption_settings({ list: [...numbers, lifeStage, sun, warfarin].join('; ') });
}

export function snapshotCaption(
	inputs: ModelInputs,
	timeDays: number,
	url: string
): SnapshotCaption {
	return {
		title: m.share_caption_title({ time: modelTimeText(timeDays) }),
		paragraphs: [
			settingsText(inputs),
			m.share_caption_limits(),
			m.share_caption_sources({ list: SNAPSHOT_SOURCES.join('; ') })
		],
		linkLabel: m.share_caption_link(),
		url
	};
}

/** Alt text for the exported picture: what it shows, then the scene in words (the numbers of this snapshot). */
export function snapshotAltText(snapshot: Snapshot, inputs: ModelInputs): string {
	return `${m.share_alt_intro({ time: modelTimeText(snapshot.day) })} ${describeScene(snapshot, inputs)}`;
}

/** A file name for the download: `calcium-routes-day-123.svg`. */
export function snapshotFileName(timeDays: number, extension: 'svg' | 'png'): string {
	const day = Number.isFinite(timeDays) && timeDays > 0 ? Math.floor(timeDays) : 0;
	return `calcium-routes-day-${day}.${extension}`;
}
