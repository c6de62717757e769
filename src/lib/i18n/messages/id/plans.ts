import type { Translation } from '../../define';
import type en from '../en/plans';

/** Indonesian: see ../en/plans.ts. */
export default {
	'plans.title': 'Target dan tonggak capaian — {country}',
	'plans.eyebrow': 'Target dan tonggak capaian · menuju 2035',
	'plans.headline': '{targets} dalam {policies}: {statuses}.',
	'plans.headline.none': 'Belum ada target yang dicatat untuk {country}.',
	'plans.count.targets_one': '{count} target',
	'plans.count.targets_other': '{count} target',
	'plans.count.policies_one': '{count} kebijakan',
	'plans.count.policies_other': '{count} kebijakan',
	'plans.count.milestones_one': '{count} tonggak capaian',
	'plans.count.milestones_other': '{count} tonggak capaian',
	'plans.country': 'Negara',
	'plans.byStatus': 'Target menurut status',
	'plans.examples.title': 'Target contoh.',
	'plans.examples.text':
		'Tidak ditemukan target EGDI resmi dalam angka untuk {country}; target bertanda "contoh" hanya untuk menunjukkan cara kemajuan dinilai. Ganti dengan target dari kebijakan itu sendiri.',
	'plans.example.badge': 'Target contoh',
	'plans.example.badgeText': '— tidak resmi. Ganti dengan target dari kebijakan itu sendiri.',
	'plans.example.note': 'Target contoh: {label}. Ganti dengan target resmi.',
	'plans.add.target': 'Tambah target',
	'plans.add.milestone': 'Tambah tonggak capaian',
	'plans.add.policy': 'Tambah kebijakan',
	'plans.noun.target': 'target',
	'plans.noun.milestone': 'tonggak capaian',
	'plans.noun.policy': 'kebijakan',
	'plans.policy.source': 'Sumber',
	'plans.policy.edit': 'Ubah kebijakan',
	'plans.policy.deleteWarning': 'Menghapus kebijakan juga menghapus tonggak capaian dan targetnya.',
	'plans.timeline.title': 'Tonggak capaian, {from}–{to}',
	'plans.timeline.summary':
		'{milestones}: {done} selesai, {overdue} lewat tenggat. Hari ini ditandai; tonggak yang lewat tenggat ditampilkan sebagai tertunda.',
	'plans.timeline.label': '{date}: {title} — {status}',
	'plans.timeline.chartTitle': 'Linimasa tonggak capaian {policy}',
	'plans.column.date': 'Tanggal',
	'plans.column.milestone': 'Tonggak capaian',
	'plans.column.status': 'Status',
	'plans.column.responsible': 'Penanggung jawab',
	'plans.milestone.evidence': 'Bukti',
	'plans.edit': 'Ubah',
	'plans.milestones.none': 'Belum ada tonggak capaian yang dicatat.',
	'plans.growth': 'perlu {required} per tahun, tercapai {observed}',
	'plans.card.rank': 'peringkat {rank}',
	'plans.card.baseline': 'Nilai dasar {year}',
	'plans.card.latest': 'Terbaru {year}',
	'plans.card.target': 'Target {year}',
	'plans.card.projected': 'Proyeksi {year}',
	'plans.card.achieved': 'Nilai terbaru sudah memenuhi target.',
	'plans.card.growth': '{growth}.',
	'plans.card.growthRank': '{growth} (pada angka peringkat, makin kecil makin baik).',
	'plans.card.cannotAssess':
		'Diperlukan sedikitnya dua edisi sejak tahun dasar untuk menilai kemajuan.',
	'plans.card.chartTitle': '{indicator}, tahun {from}–{to}',
	'plans.card.chartTitleRank': 'Peringkat {indicator}, tahun {from}–{to}',
	'plans.card.summary':
		'Nilai aktual (garis utuh), jalur dari nilai dasar yang mencapai target (titik-titik), proyeksi pada laju teramati sejak nilai dasar, yang menentukan status (putus-putus), dan target (belah ketupat).',
	'plans.card.year': 'Tahun',
	'plans.card.actual': 'Aktual',
	'plans.card.required': 'Jalur yang diperlukan',
	'plans.card.projection': 'Proyeksi pada laju teramati',
	'plans.card.targetMark': 'Target',
	'plans.card.chart': 'Grafik {indicator} {country} menuju target {target} pada {year}',
	'plans.card.chartRank':
		'Grafik peringkat {indicator} {country} menuju target {target} pada {year}',
	'plans.card.edit': 'Ubah atau hapus target ini',
	'plans.card.verdict.meets':
		'Pada laju teramati ({observed} per tahun sejak {from}) nilainya {value} pada {year}: target tercapai.',
	'plans.card.verdict.short':
		'Pada laju teramati ({observed} per tahun sejak {from}) nilainya {value} pada {year}: di bawah target, {target}.',
	'plans.card.plan': 'Apa yang diperlukan: rencana per komponen'
} satisfies Translation<typeof en>;
