/** A date and time (ISO, UTC) as the language writes it, marked UTC: Nov 27, 2026, 13:27 UTC. */
export function formatDateTime(iso: string, locale: string, seconds = false): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	const when = new Intl.DateTimeFormat(locale, {
		dateStyle: 'medium',
		timeStyle: seconds ? 'medium' : 'short',
		// 24 hours in every language: Khmer's 12-hour clock would say AM/PM in Latin letters.
		hourCycle: 'h23',
		timeZone: 'UTC'
	}).format(date);
	return `${when} UTC`;
}
