// Translated text of each evidence claim (claim, grade note, sources), looked up by the model's claim id.
import type { EvidenceClaimId } from '$lib/model';
import { m } from '$lib/paraglide/messages';

interface ClaimText {
	claim: () => string;
	note?: () => string;
	sources: () => string;
}

export const claimText: Record<EvidenceClaimId, ClaimText> = {
	calcium_in_bone_and_gut_absorption: {
		claim: () => m.evidence_claim_calcium_in_bone(),
		sources: () => m.evidence_sources_calcium_in_bone()
	},
	vitamin_d_raises_absorption: {
		claim: () => m.evidence_claim_d_absorption(),
		note: () => m.evidence_note_d_absorption(),
		sources: () => m.evidence_sources_d_absorption()
	},
	vitamin_k_carboxylates: {
		claim: () => m.evidence_claim_k_carboxylates(),
		note: () => m.evidence_note_mechanism(),
		sources: () => m.evidence_sources_k_carboxylates()
	},
	k_lowers_biomarkers: {
		claim: () => m.evidence_claim_k_biomarkers(),
		note: () => m.evidence_note_biomarkers(),
		sources: () => m.evidence_sources_k_biomarkers()
	},
	d3_raises_25ohd: {
		claim: () => m.evidence_claim_d3_25ohd(),
		sources: () => m.evidence_sources_d3_25ohd()
	},
	k2_bone_density: {
		claim: () => m.evidence_claim_k2_bone(),
		note: () => m.evidence_note_k2_bone(),
		sources: () => m.evidence_sources_k2_bone()
	},
	k2_fractures: {
		claim: () => m.evidence_claim_k2_fractures(),
		note: () => m.evidence_note_k2_fractures(),
		sources: () => m.evidence_sources_k2_fractures()
	},
	k2_arteries: {
		claim: () => m.evidence_claim_k2_arteries(),
		note: () => m.evidence_note_k2_arteries(),
		sources: () => m.evidence_sources_k2_arteries()
	},
	regulators_bone_claim: {
		claim: () => m.evidence_claim_regulators(),
		note: () => m.evidence_note_regulators(),
		sources: () => m.evidence_sources_regulators()
	},
	warfarin_vitamin_k: {
		claim: () => m.evidence_claim_warfarin(),
		sources: () => m.evidence_sources_warfarin()
	}
};
