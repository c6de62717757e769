import type { Translation } from '../../define';
import { unIndicatorTerms } from '../../indicator-terms';
import type en from '../en/terms';

/** Indonesian: see ../en/terms.ts. */
export default {
	...unIndicatorTerms({
		EGDI: {
			name: 'Indeks Pembangunan E-Government',
			short: 'Pembangunan e-government',
			description:
				'Rata-rata Indeks Layanan Daring, Indeks Infrastruktur Telekomunikasi, dan Indeks Modal Manusia. Relatif: diskalakan ulang pada setiap edisi.'
		},
		OSI: {
			name: 'Indeks Layanan Daring',
			short: 'Layanan daring',
			description:
				'Skor Kuesioner Negara Anggota PBB tentang layanan daring nasional, dinormalisasi min–maks.'
		},
		TII: {
			name: 'Indeks Infrastruktur Telekomunikasi',
			short: 'Infrastruktur telekomunikasi',
			description:
				'Rata-rata indikator ITU yang dinormalisasi (pengguna internet, langganan seluler dan pita lebar); kumpulan indikatornya berubah antaredisi.'
		},
		HCI: {
			name: 'Indeks Modal Manusia',
			short: 'Modal manusia',
			description:
				'Angka melek huruf dewasa, angka partisipasi kasar, harapan lama sekolah, dan rata-rata lama sekolah.'
		},
		EPI: {
			name: 'Indeks E-Partisipasi',
			short: 'E-partisipasi',
			description: 'E-informasi, e-konsultasi, dan e-pengambilan keputusan; dinormalisasi min–maks.'
		}
	}),
	'term.rank.name': 'Peringkat EGDI',
	'term.level.veryHigh': 'Sangat Tinggi',
	'term.level.high': 'Tinggi',
	'term.level.middle': 'Menengah',
	'term.level.low': 'Rendah',
	'term.progress.achieved': 'Target tercapai',
	'term.progress.on_track': 'Sesuai jalur',
	'term.progress.acceleration_needed': 'Perlu percepatan',
	'term.progress.limited_progress': 'Kemajuan terbatas',
	'term.progress.deterioration': 'Kemunduran',
	'term.progress.unable_to_assess': 'Tidak dapat dinilai',
	'term.milestone.planned': 'Direncanakan',
	'term.milestone.in_progress': 'Sedang berjalan',
	'term.milestone.done': 'Selesai',
	'term.milestone.delayed': 'Tertunda',
	'term.milestone.overdue': 'Lewat tenggat',
	'term.role.viewer': 'pembaca',
	'term.role.editor': 'editor',
	'term.role.analyst': 'analis',
	'term.role.admin': 'admin'
} satisfies Translation<typeof en>;
