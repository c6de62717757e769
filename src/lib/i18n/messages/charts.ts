import { defineMessages } from '../define';

/** The words of the charts (frame, legends, marks), of their exports and of sharing a view. */
export default defineMessages({
	en: {
		'charts.showNumbers': 'Show the numbers',
		'charts.downloadCsv': 'Download CSV',
		'charts.downloadSvg': 'Download SVG',
		'charts.downloadPng': 'Download PNG',
		'charts.exportFailed': 'The image could not be made.',
		'charts.legend': 'Legend',
		'charts.target': 'Target {value}',
		'charts.targetBy': 'Target: {value} by {year}',
		'charts.today': 'Today',
		'charts.slopePoint': '{name}: {from} in {fromYear}, {to} in {toYear}',
		'charts.source.survey': 'Source: UN DESA E-Government Survey',
		'charts.source.dashboard': 'Digital Government Maturity Dashboard',
		'charts.embed.open': 'Open the full view',
		'charts.share.label': 'Share this view',
		'charts.share.manual': 'The browser did not allow copying. Select and copy this link:',
		'charts.share.embedHelp':
			'Paste this code into a web page to show the charts of this view, with a link back here.',
		'charts.share.embedCode': 'Embed code',
		'charts.share.frameTitle': 'Charts from the Digital Government Maturity Dashboard'
	},
	km: {
		'charts.showNumbers': 'បង្ហាញតួលេខ',
		'charts.downloadCsv': 'ទាញយក CSV',
		'charts.downloadSvg': 'ទាញយក SVG',
		'charts.downloadPng': 'ទាញយក PNG',
		'charts.exportFailed': 'មិនអាចបង្កើតរូបភាពបានទេ។',
		'charts.legend': 'សញ្ញាសម្គាល់',
		'charts.target': 'គោលដៅ {value}',
		'charts.targetBy': 'គោលដៅ៖ {value} ត្រឹមឆ្នាំ {year}',
		'charts.today': 'ថ្ងៃនេះ',
		'charts.slopePoint': '{name}៖ {from} នៅឆ្នាំ {fromYear} និង {to} នៅឆ្នាំ {toYear}',
		'charts.source.survey': 'ប្រភព៖ ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់ UN DESA',
		'charts.source.dashboard': 'ផ្ទាំងព័ត៌មានភាពចាស់ទុំនៃរដ្ឋាភិបាលឌីជីថល',
		'charts.embed.open': 'បើកទិដ្ឋភាពពេញលេញ',
		'charts.share.label': 'ចែករំលែកទិដ្ឋភាពនេះ',
		'charts.share.manual': 'កម្មវិធីរុករកមិនអនុញ្ញាតឱ្យចម្លងទេ។ សូមជ្រើសរើស ហើយចម្លងតំណនេះ៖',
		'charts.share.embedHelp':
			'បិទភ្ជាប់កូដនេះទៅក្នុងគេហទំព័រ ដើម្បីបង្ហាញក្រាហ្វិកនៃទិដ្ឋភាពនេះ ជាមួយតំណត្រឡប់មកទីនេះវិញ។',
		'charts.share.embedCode': 'កូដបង្កប់',
		'charts.share.frameTitle': 'ក្រាហ្វិកពីផ្ទាំងព័ត៌មានភាពចាស់ទុំនៃរដ្ឋាភិបាលឌីជីថល'
	},
	id: {
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
	}
});
