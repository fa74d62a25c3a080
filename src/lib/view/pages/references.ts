// The bibliography of the content pages: one entry per source, with its author–year label, full citation and DOI.
import { m } from '$lib/paraglide/messages';

/** A message function: returns the text in the current language. */
export type Message = () => string;

export interface Reference {
	/** Used in anchors (`#ref-<id>`) and by the tables that cite it. */
	id: string;
	/** Author surname and year, identical in every language (e.g. "Gallagher 2012"). */
	label: string;
	/** The full citation; titles stay in their original language, as in any bibliography. */
	citation: Message;
	/** The DOI, when it was checked against the publisher's or a registry's record. */
	doi?: string;
}

/** Every source cited on the teacher guide and the about page, in the order of the bibliography (alphabetical). */
export const references = [
	{ id: 'aloia2014', label: 'Aloia 2014', citation: m.pages_ref_aloia2014 },
	{
		id: 'binkley2009',
		label: 'Binkley 2009',
		citation: m.pages_ref_binkley2009,
		doi: '10.1359/jbmr.081254'
	},
	{
		id: 'bolland2010',
		label: 'Bolland 2010',
		citation: m.pages_ref_bolland2010,
		doi: '10.1136/bmj.c3691'
	},
	{ id: 'booth2008', label: 'Booth 2008', citation: m.pages_ref_booth2008 },
	{
		id: 'cheung2008',
		label: 'Cheung 2008',
		citation: m.pages_ref_cheung2008,
		doi: '10.1371/journal.pmed.0050196'
	},
	{
		id: 'cockayne2006',
		label: 'Cockayne 2006',
		citation: m.pages_ref_cockayne2006,
		doi: '10.1001/archinte.166.12.1256'
	},
	{
		id: 'dalmeijer2012',
		label: 'Dalmeijer 2012',
		citation: m.pages_ref_dalmeijer2012,
		doi: '10.1016/j.atherosclerosis.2012.09.019'
	},
	{
		id: 'diederichsen2022',
		label: 'Diederichsen 2022',
		citation: m.pages_ref_diederichsen2022,
		doi: '10.1161/CIRCULATIONAHA.121.057008'
	},
	{
		id: 'efsa2009',
		label: 'EFSA 2009',
		citation: m.pages_ref_efsa2009,
		doi: '10.2903/j.efsa.2009.1228'
	},
	{
		id: 'efsa2012',
		label: 'EFSA 2012',
		citation: m.pages_ref_efsa2012,
		doi: '10.2903/j.efsa.2012.2714'
	},
	{ id: 'efsa2017', label: 'EFSA 2017', citation: m.pages_ref_efsa2017 },
	{
		id: 'ekwaru2014',
		label: 'Ekwaru 2014',
		citation: m.pages_ref_ekwaru2014,
		doi: '10.1371/journal.pone.0111265'
	},
	{
		id: 'emaus2010',
		label: 'Emaus 2010',
		citation: m.pages_ref_emaus2010,
		doi: '10.1007/s00198-009-1126-4'
	},
	{
		id: 'gallagher2012',
		label: 'Gallagher 2012',
		citation: m.pages_ref_gallagher2012,
		doi: '10.7326/0003-4819-156-6-201203200-00005'
	},
	{
		id: 'geleijnse2004',
		label: 'Geleijnse 2004',
		citation: m.pages_ref_geleijnse2004,
		doi: '10.1093/jn/134.11.3100'
	},
	{ id: 'greendale2012', label: 'Greendale 2012', citation: m.pages_ref_greendale2012 },
	{ id: 'hansen2008', label: 'Hansen 2008', citation: m.pages_ref_hansen2008 },
	{ id: 'heaney2003', label: 'Heaney 2003', citation: m.pages_ref_heaney2003 },
	{ id: 'heaney2003b', label: 'Heaney 2003 (J Am Coll Nutr)', citation: m.pages_ref_heaney2003b },
	{ id: 'iom2011', label: 'IOM 2011', citation: m.pages_ref_iom2011, doi: '10.17226/13050' },
	{ id: 'kaneki2001', label: 'Kaneki 2001', citation: m.pages_ref_kaneki2001 },
	{ id: 'knapen2013', label: 'Knapen 2013', citation: m.pages_ref_knapen2013 },
	{
		id: 'knapen2015',
		label: 'Knapen 2015',
		citation: m.pages_ref_knapen2015,
		doi: '10.1160/TH14-08-0675'
	},
	{ id: 'luo1997', label: 'Luo 1997', citation: m.pages_ref_luo1997, doi: '10.1038/386078a0' },
	{
		id: 'marcinowska2018',
		label: 'Marcinowska-Suchowierska 2018',
		citation: m.pages_ref_marcinowska2018
	},
	{
		id: 'mott2019',
		label: 'Mott 2019',
		citation: m.pages_ref_mott2019,
		doi: '10.1007/s00198-019-04949-0'
	},
	{ id: 'need2008', label: 'Need 2008', citation: m.pages_ref_need2008 },
	{ id: 'oconnor2007', label: 'O’Connor 2007', citation: m.pages_ref_oconnor2007 },
	{ id: 'peterson2010', label: 'Peterson & Riggs 2010', citation: m.pages_ref_peterson2010 },
	{
		id: 'schurgers2007',
		label: 'Schurgers 2007',
		citation: m.pages_ref_schurgers2007,
		doi: '10.1182/blood-2006-08-040709'
	},
	{
		id: 'theuwissen2013',
		label: 'Theuwissen 2013',
		citation: m.pages_ref_theuwissen2013,
		doi: '10.1111/jth.12203'
	}
] as const satisfies readonly Reference[];

export type ReferenceId = (typeof references)[number]['id'];

const byId = new Map<string, Reference>(references.map((reference) => [reference.id, reference]));

/** The reference with this id; throws on a typo, which the unit tests and the prerender would catch. */
export function referenceById(id: ReferenceId): Reference {
	const reference = byId.get(id);
	if (!reference) throw new Error(`Unknown reference: ${id}`);
	return reference;
}

/** The anchor of a reference in the bibliography on the same page. */
export function referenceAnchor(id: ReferenceId): string {
	return `ref-${id}`;
}

/** The address of a DOI at the DOI resolver. */
export function doiUrl(doi: string): string {
	return `https://doi.org/${doi}`;
}
