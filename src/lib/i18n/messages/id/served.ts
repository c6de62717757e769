import type en from '../en/served';
import type { Translation } from '../../define';

/** Indonesian: see ../en/served.ts. */
export default {
	'served.card.achieved': 'Nilai terbaru sudah memenuhi target.',
	'served.card.growth': '{growth}.',
	'served.card.growthRank': '{growth} (pada angka peringkat, makin kecil makin baik).',
	'served.card.cannotAssess':
		'Diperlukan sedikitnya dua edisi sejak tahun dasar untuk menilai kemajuan.',
	'served.card.verdict.meets':
		'Pada laju teramati ({observed} per tahun sejak {from}) nilainya {value} pada {year}: target tercapai.',
	'served.card.verdict.short':
		'Pada laju teramati ({observed} per tahun sejak {from}) nilainya {value} pada {year}: di bawah target, {target}.',
	'served.scrollHint': 'Geser ke samping untuk melihat semua kolom →',
	'served.map.editions': 'Peta di setiap edisi',
	'served.map.edition': 'Edisi peta',
	'served.map.play': 'Putar',
	'served.map.pause': 'Jeda',
	'served.map.description':
		'Negara diwarnai menurut {code} dalam {count} langkah sama lebar dari {min} sampai {max}: makin tinggi nilainya, makin pekat warnanya; diarsir jika tidak dinilai; {focus} diberi garis tepi.'
} satisfies Translation<typeof en>;
