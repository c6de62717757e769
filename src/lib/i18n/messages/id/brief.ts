import type { Translation } from '../../define';
import type en from '../en/brief';

/** Indonesian: see ../en/brief.ts. */
export default {
	'brief.pageTitle': 'Ringkasan eksekutif: {country}',
	'brief.eyebrow': 'Ringkasan eksekutif · Survei E-Government PBB {year}',
	'brief.asOf': 'per {date}',
	'brief.print': 'Cetak / Simpan sebagai PDF',
	'brief.headline':
		'Pembangunan e-government {group} (kelas {class}), peringkat {rank} dari {ranked}.',
	'brief.noEgdi': 'Belum ada nilai EGDI untuk {country}.',
	'brief.figures': 'Angka utama',
	'brief.card.egdi': 'EGDI tahun {year}',
	'brief.card.class': 'Kelompok {group} · kelas {class}',
	'brief.card.rank': 'Peringkat',
	'brief.card.of': 'dari {n}',
	'brief.card.up': '▲ naik {n} peringkat sejak {year}',
	'brief.card.down': '▼ turun {n} peringkat sejak {year}',
	'brief.card.same': '■ peringkat sama seperti {year}',
	'brief.card.first': 'Edisi penilaian pertama',
	'brief.card.change': 'Perubahan sejak {year}',
	'brief.card.changeNone': 'Perubahan',
	'brief.card.next': 'Kelas peringkat berikutnya',
	'brief.card.toReach': 'untuk mencapai {class}, yang negara terendahnya bernilai {min}',
	'brief.card.top': 'Kelas tertinggi (VH)',
	'brief.trend.title': 'EGDI dan komponennya, {from}–{to}',
	'brief.trend.summary':
		'EGDI {country} adalah {egdi} pada {year}: rata-rata OSI, TII dan HCI. Celah adalah edisi tanpa nilai.',
	'brief.trend.chart': 'Grafik garis EGDI, OSI, TII dan HCI {country} per edisi',
	'brief.trend.edition': 'Edisi',
	'brief.targets': 'Sasaran',
	'brief.noTargets': 'Belum ada sasaran yang dicatat.',
	'brief.example': 'contoh',
	'brief.examples': 'Contoh sasaran, bukan resmi: ganti dengan sasaran kebijakan itu sendiri.',
	'brief.target.now': 'kini {value} ({year})',
	'brief.target.projected': '{value} proyeksi untuk {year}',
	'brief.milestones': 'Tonggak berikutnya',
	'brief.noMilestones': 'Tidak ada tonggak yang direncanakan.',
	'brief.lastDone': 'Terakhir selesai: {title} ({date}).',
	'brief.source.survey': 'Sumber: Survei E-Government UN DESA {year}.',
	'brief.source.plans': 'Sasaran dan tonggak: dokumen kebijakan nasional sebagaimana dimasukkan.',
	'brief.source.relative':
		'EGDI bersifat relatif: diskalakan ulang setiap edisi, sehingga perubahan sebagian mencerminkan kemajuan negara lain.',
	'brief.error.missing':
		'Negara mana? Tambahkan kode ISO3-nya ke alamat, misalnya /brief?country=KHM.',
	'brief.error.unknown':
		'Tidak ada negara bernama “{name}”. Gunakan nama atau kode ISO3-nya, misalnya /brief?country=KHM atau /brief?country=Cambodia.'
} satisfies Translation<typeof en>;
