// Pym.js's own parameters on a child's address: the embed needs only childId, so the rest are dropped before the link is read (never reported as ignored settings).

/** Parameters Pym.js appends to every child's address besides `childId` (which the embed reads). */
export const PYM_OWN_PARAMS = ['initialWidth', 'parentTitle', 'parentUrl'] as const;

/** `search` without Pym.js's own parameters; unchanged when it has none. */
export function withoutPymParams(search: string): string {
	const params = new URLSearchParams(search);
	if (!PYM_OWN_PARAMS.some((name) => params.has(name))) return search;
	for (const name of PYM_OWN_PARAMS) params.delete(name);
	const rest = params.toString();
	return rest ? `?${rest}` : '';
}
