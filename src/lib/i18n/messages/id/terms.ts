import type { Translation } from '../../define';
import { unIndicatorTerms } from '../../indicator-terms';
import type en from '../en/terms';

/** Indonesian: see ../en/terms.ts. */
export default {
	...unIndicatorTerms({
		EGDI: {
			name: 'Indeks Pembangunan E-Government',
			short: 'Pembangunan e-government'
		},
		OSI: {
			name: 'Indeks Layanan Daring',
			short: 'Layanan daring'
		},
		TII: {
			name: 'Indeks Infrastruktur Telekomunikasi',
			short: 'Infrastruktur telekomunikasi'
		},
		HCI: {
			name: 'Indeks Modal Manusia',
			short: 'Modal manusia'
		},
		EPI: {
			name: 'Indeks E-Partisipasi',
			short: 'E-partisipasi'
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
