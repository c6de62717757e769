import type { Translation } from '../../define';
import type en from '../en/compare';

/** Indonesian: see ../en/compare.ts. */
export default {
	'compare.eyebrow': 'Bandingkan · Survei E-Government PBB',
	'compare.eyebrowYears': 'Bandingkan · Survei E-Government PBB {from}–{to}',
	'compare.title': 'Bandingkan negara',
	'compare.notices': 'Pemberitahuan',
	'compare.notice.didYouMean': 'Maksud Anda {link}?',
	'compare.notice.unknown_one':
		'Tidak ada negara dengan kode atau nama {entries}; entri itu tidak disertakan.',
	'compare.notice.unknown_other':
		'Tidak ada negara dengan kode atau nama {entries}; entri-entri itu tidak disertakan.',
	'compare.notice.over':
		'Perbandingan menampilkan paling banyak {max} negara, jadi hanya {max} negara pertama yang ditampilkan; tidak disertakan: {names}.',
	'compare.notice.noMatch': 'Tidak ada negara yang cocok dengan {asked}.',
	'compare.notice.full':
		'Perbandingan menampilkan paling banyak {max} negara: hapus satu untuk menambahkan {name}.',
	'compare.quote': '“{text}”',
	'compare.selection': 'Negara yang dibandingkan',
	'compare.picker.add': 'Tambahkan negara',
	'compare.legend': 'Negara',
	'compare.trends.title': 'Setiap indikator dari waktu ke waktu',
	'compare.trends.note':
		'Indeks ini bersifat relatif: diskalakan ulang pada setiap edisi, sehingga perubahan sebagian mencerminkan kemajuan negara lain.',
	'compare.trends.methodology': 'Metodologi',
	'compare.empty.title': 'Belum ada negara yang dipilih',
	'compare.empty.text':
		'Tambahkan negara melalui kolom di atas — dengan nama atau kode ISO3 — untuk melihatnya bersama hingga {others} negara lain, atau mulai dari {link}.',
	'compare.empty.link': 'perbandingan bawaan',
	'compare.trend.rank': 'peringkat {rank}',
	'compare.trend.point': '{name}, {year}: {value}',
	'compare.latest.title': 'Komponen terbaru berdampingan, {year}',
	'compare.latest.chartTitle': 'EGDI dan komponennya, {year}',
	'compare.latest.summary':
		'EGDI adalah rata-rata {osi} (OSI), {tii} (TII), dan {hci} (HCI). Satu batang per negara, sesuai urutan legenda.',
	'compare.latest.svgTitle':
		'Diagram batang berkelompok EGDI, OSI, TII, dan HCI setiap negara pada {year}',
	'compare.latest.bar': '{name}, {component}: {value}',
	'compare.latest.notAssessed': 'tidak dinilai',
	'compare.latest.caption': 'Diurutkan menurut EGDI, {year}',
	'compare.latest.rankOf': '(peringkat dari {total})',
	'compare.latest.country': 'Negara',
	'compare.latest.rank': 'Peringkat',
	'compare.average.choose': 'Tampilkan rata-rata',
	'compare.average.show': 'Tampilkan',
	'compare.average.label': 'Rata-rata {group}',
	'compare.average.note':
		'Rata-rata menghitung negara anggota kelompok pada setiap edisi: negara kurang berkembang pada 2022 mencakup Bhutan, pada 2024 tidak; Timor-Leste bergabung dengan ASEAN pada Oktober 2025, sehingga rata-rata ASEAN hingga 2024 dihitung dari sepuluh anggota.',
	'compare.group.choose': 'Bandingkan satu kelompok utuh',
	'compare.group.link': '{group}: semua {count} anggota',
	'compare.latest.summaryAverages': 'Setelah negara-negara, berwarna abu-abu: {names}.',
	'compare.multi.add': 'Tambah negara',
	'compare.multi.selected': 'Negara terpilih',
	'compare.multi.remove': 'Hapus {name}',
	'compare.multi.placeholder': 'Ketik nama atau kode ISO3',
	'compare.multi.submit': 'Tambah',
	'compare.multi.full':
		'Satu perbandingan menampilkan paling banyak {count} negara: hapus satu untuk menambah yang lain.'
} satisfies Translation<typeof en>;
