import { expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { MESSAGES, registerMessages, type MessageKey } from '$lib/i18n/messages';
import methodology from '$lib/i18n/messages/methodology';
import { PUBLISHED_ANOMALIES } from './indicators';

// The anomaly notes are the methodology page's messages, registered by that page.
registerMessages(methodology);

it('has a translation of every published anomaly, in English the note without its title', () => {
	for (const a of PUBLISHED_ANOMALIES) {
		const key = `methodology.anomaly.${a.indicator}.${a.country}.${a.year}` as MessageKey;
		for (const locale of LOCALES) expect(MESSAGES[locale][key]).toBeTruthy();
		const detail = a.note.replace(/^[^:]*\b\d{4}:\s*/, '');
		const title = a.note.slice(0, a.note.indexOf(':'));
		const name = title.slice(0, title.lastIndexOf(','));
		expect(MESSAGES.en[key].replace('{name}', name)).toBe(
			detail.charAt(0).toUpperCase() + detail.slice(1)
		);
	}
});
