// Whether motion is reduced: the system's prefers-reduced-motion, unless the user chose otherwise in the app.
export class MotionPreference {
	/** The operating system's prefers-reduced-motion setting. */
	system = $state(false);
	/** The in-app choice: undefined follows the system. */
	userReduced = $state<boolean | undefined>(undefined);
	reduced = $derived(this.userReduced ?? this.system);

	/** Follows the system setting; returns a function that stops following. */
	watchSystem(): () => void {
		if (typeof matchMedia !== 'function') return () => {};
		const query = matchMedia('(prefers-reduced-motion: reduce)');
		const update = () => (this.system = query.matches);
		update();
		query.addEventListener('change', update);
		return () => query.removeEventListener('change', update);
	}
}
