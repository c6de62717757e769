import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import {
	fieldIn,
	shownText,
	TRANSLATED_LOCALES,
	translationsById,
	translationValues
} from './entered-text';
import { checkTranslations } from './entered-text-rules';

describe('entered text in every language', () => {
	it('takes its languages from LOCALES, all but the default one', () => {
		expect(TRANSLATED_LOCALES).toEqual(LOCALES.filter((l) => l !== 'en'));
		expect(fieldIn('name', 'en')).toBe('name');
		expect(fieldIn('name', 'km')).toBe('name_km');
	});

	it("shows the page's language, or the English text marked as a fallback", () => {
		const texts = { km: 'គោលនយោបាយ', id: '  ' };
		expect(shownText('Policy', texts, 'km')).toEqual({
			text: 'គោលនយោបាយ',
			lang: 'km',
			fallback: false
		});
		expect(shownText('Policy', texts, 'id')).toEqual({
			text: 'Policy',
			lang: 'en',
			fallback: true
		});
		expect(shownText('Policy', texts, 'en')).toEqual({
			text: 'Policy',
			lang: 'en',
			fallback: false
		});
		// Nothing to show is nothing to mark.
		expect(shownText('', {}, 'km')).toEqual({ text: '', lang: 'en', fallback: false });
	});

	it('reads the translations of a form, trimmed, empty ones left out, each within its length', () => {
		expect(
			checkTranslations({ name: 'Plan', name_km: ' ផែនការ ', name_id: '' }, { name: 200 })
		).toEqual({ ok: true, value: { name: { km: 'ផែនការ' } } });
		expect(checkTranslations({ note_id: 'x'.repeat(11) }, { note: 10 })).toEqual({
			ok: false,
			errors: { note_id: { key: 'editing.ownership.rule.tooLong', params: { max: 10 } } }
		});
	});

	it('groups stored rows by row and field, and writes them back as form values', () => {
		const byId = translationsById([
			{ entityId: 1, field: 'name', locale: 'km', text: 'ក' },
			{ entityId: 1, field: 'description', locale: 'id', text: 'Uraian' },
			{ entityId: 2, field: 'name', locale: 'id', text: 'Nama' }
		]);
		expect(byId.get(1)).toEqual({ name: { km: 'ក' }, description: { id: 'Uraian' } });
		expect(translationValues({ name: { km: 'ក' }, description: {} })).toEqual({
			name_km: 'ក',
			name_id: '',
			description_km: '',
			description_id: ''
		});
	});
});
