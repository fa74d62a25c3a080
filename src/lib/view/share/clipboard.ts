// Copies text to the clipboard when the browser allows it; reports refusal instead of throwing, so callers can offer manual copy.

interface PolicyReader {
	allowsFeature(feature: string): boolean;
}

/** False when the frame's permissions policy forbids clipboard writes (a sandboxed or cross-origin iframe without `allow="clipboard-write"`). */
function policyAllowsClipboardWrite(): boolean {
	const page = document as Document & {
		permissionsPolicy?: PolicyReader;
		featurePolicy?: PolicyReader;
	};
	const policy = page.permissionsPolicy ?? page.featurePolicy;
	try {
		return policy ? policy.allowsFeature('clipboard-write') : true;
	} catch {
		return true;
	}
}

/** True when the text reached the clipboard; false when the API is missing or refused (sandboxed frame, plain http, denied permission). */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
		// Asking anyway would succeed nowhere and make Chromium log a permissions-policy error.
		if (!policyAllowsClipboardWrite()) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
