/** The words of the charts (frame, legends, marks), of their exports and of sharing a view. */
export default {
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
};
