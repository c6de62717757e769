import type { Translation } from '../../define';
import type en from '../en/common';

/** Indonesian: see ../en/common.ts. */
export default {
	'common.brand': 'Kematangan Pemerintahan Digital',
	'common.skip': 'Lewati ke konten',
	'common.nav.label': 'Utama',
	'common.nav.summary': 'Ringkasan',
	'common.nav.countries': 'Negara',
	'common.nav.explorer': 'Penjelajah',
	'common.nav.compare': 'Bandingkan',
	'common.nav.targets': 'Target',
	'common.nav.data': 'Data',
	'common.nav.imports': 'Impor',
	'common.nav.methodology': 'Metodologi',
	'common.nav.users': 'Pengguna',
	'common.nav.audit': 'Log audit',
	'common.account.title': 'Akun Anda ({email})',
	'common.signIn': 'Masuk',
	'common.signOut': 'Keluar',
	'common.language': 'Bahasa',
	'common.footer.data': 'Data: Departemen Urusan Ekonomi dan Sosial PBB (UN DESA),',
	'common.footer.survey': 'Survei E-Government PBB',
	'common.footer.method': 'Sumber dan metode',
	'common.income.note':
		'Kelompok pendapatan Bank Dunia sekitar tahun {year} (daftar negara UNU-EGOV), sama untuk setiap edisi. Survei menggunakan klasifikasi tahunnya sendiri, sehingga angka per kelompok pendapatannya dapat berbeda.',
	'common.missing': 'tidak ada data',
	'common.print': 'Cetak',
	'common.copyLink': 'Salin tautan',
	'common.copied': 'Tautan disalin',
	'common.copyFailed': 'Salin tautan ini: {url}',
	'common.embed': 'Sematkan',
	'common.error.title': 'Terjadi kesalahan',
	'common.error.eyebrow': 'Galat {status}',
	'common.error.pageNotFound': 'Halaman tidak ditemukan',
	'common.error.refused': 'Permintaan ini tidak dapat dijawab',
	'common.error.internal': 'Server tidak dapat menjawab permintaan ini.',
	'common.error.referenceHelp':
		'sebutkan saat Anda melaporkan masalah, agar dapat ditemukan di log server.',
	'common.error.notFound': 'Halaman ini tidak ada.',
	'common.error.reference': 'Referensi',
	'common.error.home': 'Kembali ke ringkasan',
	'common.picker.label': 'Negara',
	'common.picker.show': 'Tampilkan',
	'common.multi.add': 'Tambah negara',
	'common.multi.selected': 'Negara terpilih',
	'common.multi.remove': 'Hapus {name}',
	'common.multi.placeholder': 'Ketik nama atau kode ISO3',
	'common.multi.submit': 'Tambah',
	'common.multi.full':
		'Satu perbandingan menampilkan paling banyak {count} negara: hapus satu untuk menambah yang lain.',
	'common.delete.confirm': 'Hapus {what} ini?',
	'common.delete.button': 'Hapus {what} ini',
	'common.editors.only': 'Hanya editor yang dapat mengubah target, tonggak capaian, dan kebijakan.',
	'common.editors.role':
		'Akun Anda memiliki peran {role}; mintalah kepada administrator jika Anda perlu mengedit.',
	'common.editors.signIn': 'dengan akun editor untuk membuat perubahan.',
	'common.change.caption':
		'Perubahan setiap indeks sendiri, dan kontribusinya pada perubahan EGDI: perubahannya sendiri ÷ {count}, karena EGDI adalah rata-rata dari {count} indeks.',
	'common.change.index': 'Indeks',
	'common.change.own': 'Perubahan sendiri',
	'common.change.contribution': 'Kontribusi ke EGDI',
	'common.change.driver':
		'Terutama didorong oleh {code}: berubah {change} dengan sendirinya, menyumbang {contribution} pada EGDI.',
	'common.target.rank': '{name} {rank} atau lebih baik pada {year}',
	'common.target.level': 'EGDI di kelompok {group} (≥ {min}) pada {year}',
	'common.target.value': '{indicator} sebesar {value} pada {year}'
} satisfies Translation<typeof en>;
