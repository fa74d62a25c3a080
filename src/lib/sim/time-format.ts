// Splits model time in days into years, months and days for the counter (30.44-day months, 365.25-day years).
export const DAYS_PER_YEAR = 365.25;
export const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

export interface CalendarParts {
	years: number;
	months: number;
	days: number;
}

/** Model day → whole years, months and days elapsed since the start of the run. */
export function calendarParts(timeDays: number): CalendarParts {
	const safe = Number.isFinite(timeDays) && timeDays > 0 ? timeDays : 0;
	const years = Math.floor(safe / DAYS_PER_YEAR);
	const afterYears = safe - years * DAYS_PER_YEAR;
	const months = Math.min(11, Math.floor(afterYears / DAYS_PER_MONTH));
	const days = Math.floor(afterYears - months * DAYS_PER_MONTH);
	return { years, months, days };
}
