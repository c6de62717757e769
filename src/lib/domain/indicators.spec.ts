import { expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { lookUp } from '$lib/i18n/catalogue';
import type { MessageKey } from '$lib/i18n/messages';
import { PUBLISHED_ANOMALIES } from './indicators';

it('has a translation of every published anomaly, in English the note without its title', () => {
	for (const a of PUBLISHED_ANOMALIES) {
		const key = `methodology.anomaly.${a.indicator}.${a.country}.${a.year}` as MessageKey;
		for (const locale of LOCALES) expect(lookUp(locale, key)).toBeTruthy();
		const detail = a.note.replace(/^[^:]*\b\d{4}:\s*/, '');
		const title = a.note.slice(0, a.note.indexOf(':'));
		const name = title.slice(0, title.lastIndexOf(','));
		expect(lookUp('en', key)?.replace('{name}', name)).toBe(
			detail.charAt(0).toUpperCase() + detail.slice(1)
		);
	}
});
