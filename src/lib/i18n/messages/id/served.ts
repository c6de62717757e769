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
	'served.compare.groupTooLarge':
		'{group} memiliki {count} anggota, lebih dari {max} negara yang dapat ditampilkan satu perbandingan: rata-ratanya dapat ditampilkan di samping negara yang dipilih.',
	'served.compare.groupUnknown': 'Tidak ada kelompok dengan kode {code}.'
} satisfies Translation<typeof en>;
