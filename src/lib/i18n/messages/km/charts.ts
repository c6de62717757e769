import type { Translation } from '../../define';
import type en from '../en/charts';

/** Khmer: see ../en/charts.ts. */
export default {
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
	'charts.share.embedHelp': 'បិទភ្ជាប់កូដនេះទៅក្នុងគេហទំព័រ ដើម្បីបង្ហាញក្រាហ្វិកនៃទិដ្ឋភាពនេះ ជាមួយតំណត្រឡប់មកទីនេះវិញ។',
	'charts.share.embedCode': 'កូដបង្កប់',
	'charts.share.frameTitle': 'ក្រាហ្វិកពីផ្ទាំងព័ត៌មានភាពចាស់ទុំនៃរដ្ឋាភិបាលឌីជីថល'
} satisfies Translation<typeof en>;
