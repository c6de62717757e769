import type { Translation } from '../../define';
import type en from '../en/charts';

/** Indonesian: see ../en/charts.ts. */
export default {
	'charts.showNumbers': 'Tampilkan angka',
	'charts.downloadCsv': 'Unduh CSV',
	'charts.downloadSvg': 'Unduh SVG',
	'charts.downloadPng': 'Unduh PNG',
	'charts.exportFailed': 'Gambar tidak dapat dibuat.',
	'charts.legend': 'Keterangan',
	'charts.target': 'Sasaran {value}',
	'charts.targetBy': 'Sasaran: {value} pada {year}',
	'charts.today': 'Hari ini',
	'charts.slopePoint': '{name}: {from} pada {fromYear}, {to} pada {toYear}',
	'charts.source.survey': 'Sumber: Survei E-Government UN DESA',
	'charts.source.dashboard': 'Dasbor Kematangan Pemerintahan Digital',
	'charts.embed.open': 'Buka tampilan lengkap',
	'charts.share.label': 'Bagikan tampilan ini',
	'charts.share.manual': 'Peramban tidak mengizinkan penyalinan. Pilih dan salin tautan ini:',
	'charts.share.embedHelp':
		'Tempelkan kode ini ke halaman web untuk menampilkan grafik tampilan ini, dengan tautan kembali ke sini.',
	'charts.share.embedCode': 'Kode sematan',
	'charts.share.frameTitle': 'Grafik dari Dasbor Kematangan Pemerintahan Digital'
} satisfies Translation<typeof en>;
