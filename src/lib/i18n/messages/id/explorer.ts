import type { Translation } from '../../define';
import type en from '../en/explorer';

/** Indonesian: see ../en/explorer.ts. */
export default {
	'explorer.error.notFound': 'Tidak ada indikator dengan kode "{code}"',
	'explorer.pageTitle': '{name} ({code}) {year} — Penjelajah indikator',
	'explorer.tabs': 'Indikator',
	'explorer.eyebrow': 'Penjelajah indikator',
	'explorer.heading': '{name} ({code}), {year}',
	'explorer.headingNoEdition': '{name} ({code})',
	'explorer.empty': 'Belum ada nilai {code} yang diimpor.',
	'explorer.headline.leader': '**{name}** memimpin dengan {value}.',
	'explorer.headline.focus':
		'{name} berada di peringkat **{rank}** dari {total} dengan {value}, dibandingkan median {median}.',
	'explorer.headline.focusMissing': '{name} tidak dinilai pada {year}.',
	'explorer.notAssessed': 'Tidak dinilai',
	'explorer.controls.label': 'Pengaturan penjelajah',
	'explorer.controls.edition': 'Edisi',
	'explorer.controls.from': 'Bandingkan dengan',
	'explorer.controls.focus': 'Negara fokus',
	'explorer.controls.show': 'Tampilkan',
	'explorer.col.rank': 'Peringkat',
	'explorer.col.country': 'Negara',
	'explorer.col.region': 'Kawasan',
	'explorer.col.change': 'Perubahan',
	'explorer.col.changeSince': 'Perubahan sejak {year}',
	'explorer.col.levelGroup': 'Kelompok tingkat',
	'explorer.col.band': 'Rentang',
	'explorer.map.title': 'Peta dunia {code}, {year}',
	'explorer.map.summary':
		'{count} negara memiliki nilai. Negara kecil digambar sebagai lingkaran. Pilih negara untuk membuka profilnya.',
	'explorer.map.summaryMissing':
		'{count} negara memiliki nilai; {missing} tidak dinilai (diarsir). Negara kecil digambar sebagai lingkaran. Pilih negara untuk membuka profilnya.',
	'explorer.map.tableLink': 'Angkanya ada di tabel peringkat di bawah',
	'explorer.map.svgTitle': 'Peta {name} menurut negara, {year}',
	'explorer.map.legend': 'Warna peta',
	'explorer.map.notAssessed': '{name}: tidak dinilai pada {year}',
	'explorer.map.value': '{name}: {code} {value}',
	'explorer.map.rank': ', peringkat {rank}',
	'explorer.strip.title': 'Sebaran, {year}',
	'explorer.strip.summary':
		'Setiap negara yang dinilai ditampilkan sebagai titik; {focus} adalah titik besar.',
	'explorer.strip.summaryLevels':
		'Setiap negara yang dinilai ditampilkan sebagai titik; {focus} adalah titik besar. Garis putus-putus menandai batas kelompok tingkat.',
	'explorer.strip.focusFallback': 'negara fokus',
	'explorer.strip.svgTitle': 'Diagram titik {code} untuk semua negara dengan {focus} disorot',
	'explorer.stat.label': 'Statistik',
	'explorer.stat.countries': 'Jumlah negara',
	'explorer.stat.min': 'Minimum',
	'explorer.stat.median': 'Median',
	'explorer.stat.mean': 'Rata-rata',
	'explorer.stat.max': 'Maksimum',
	'explorer.stat.focus': 'Fokus',
	'explorer.slope.title': 'Dari {from} ke {year}',
	'explorer.slope.summary':
		'Setiap garis menghubungkan {code} suatu negara pada {from} dan {year}; garis naik berwarna biru, garis turun abu-abu. {focus} dan negara teratas disorot.',
	'explorer.slope.summaryNoFocus':
		'Setiap garis menghubungkan {code} suatu negara pada {from} dan {year}; garis naik berwarna biru, garis turun abu-abu. Negara teratas disorot.',
	'explorer.slope.svgTitle': 'Diagram kemiringan {code} antara {from} dan {year}',
	'explorer.ranking.title': 'Peringkat, {year}',
	'explorer.ranking.count': '{count} dari {total} negara',
	'explorer.ranking.filter': 'Saring peringkat',
	'explorer.ranking.search': 'Cari',
	'explorer.ranking.searchPlaceholder': 'Nama negara',
	'explorer.ranking.allRegions': 'Semua kawasan',
	'explorer.ranking.incomeNote':
		'Kelompok pendapatan Bank Dunia sekitar tahun {year} (daftar negara UNU-EGOV), sama untuk setiap edisi. Survei menggunakan klasifikasi tahunnya sendiri, sehingga angka per kelompok pendapatannya dapat berbeda.',
	'explorer.ranking.incomeOf': 'Kelompok pendapatan (Bank Dunia, {year})',
	'explorer.ranking.allIncomes': 'Semua kelompok pendapatan',
	'explorer.ranking.group': 'Kelompok',
	'explorer.ranking.allCountries': 'Semua negara',
	'explorer.ranking.submit': 'Saring',
	'explorer.ranking.clear': 'Hapus saringan',
	'explorer.ranking.download': 'Unduh CSV',
	'explorer.ranking.empty': 'Tidak ada negara yang cocok dengan saringan ini.'
} satisfies Translation<typeof en>;
