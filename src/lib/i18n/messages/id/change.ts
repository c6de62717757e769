import type { Translation } from '../../define';
import type en from '../en/change';

/** Indonesian: see ../en/change.ts. */
export default {
	'change.caption':
		'Perubahan setiap indeks sendiri, dan kontribusinya pada perubahan EGDI: perubahannya sendiri ÷ {count}, karena EGDI adalah rata-rata dari {count} indeks.',
	'change.index': 'Indeks',
	'change.own': 'Perubahan sendiri',
	'change.contribution': 'Kontribusi ke EGDI',
	'change.driver':
		'Terutama didorong oleh {code}: berubah {change} dengan sendirinya, menyumbang {contribution} pada EGDI.'
} satisfies Translation<typeof en>;
