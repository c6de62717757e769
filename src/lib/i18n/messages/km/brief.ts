import type { Translation } from '../../define';
import type en from '../en/brief';

/** Khmer: see ../en/brief.ts. */
export default {
	'brief.pageTitle': 'សេចក្តីសង្ខេបសម្រាប់ថ្នាក់ដឹកនាំ៖ {country}',
	'brief.eyebrow': 'សេចក្តីសង្ខេបសម្រាប់ថ្នាក់ដឹកនាំ · ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ {year}',
	'brief.asOf': 'គិតត្រឹម {date}',
	'brief.print': 'បោះពុម្ព / រក្សាទុកជា PDF',
	'brief.headline':
		'ការអភិវឌ្ឍរដ្ឋាភិបាលអេឡិចត្រូនិកកម្រិត{group} (ថ្នាក់ {class}) ជាប់ចំណាត់ថ្នាក់ទី {rank} ក្នុងចំណោម {ranked}។',
	'brief.noEgdi': 'មិនទាន់មានតម្លៃ EGDI សម្រាប់{country}នៅឡើយទេ។',
	'brief.figures': 'តួលេខសំខាន់ៗ',
	'brief.card.egdi': 'EGDI ឆ្នាំ {year}',
	'brief.card.class': 'ក្រុម{group} · ថ្នាក់ {class}',
	'brief.card.rank': 'ចំណាត់ថ្នាក់',
	'brief.card.of': 'ក្នុងចំណោម {n}',
	'brief.card.up': '▲ ឡើង {n} ថ្នាក់ ធៀបនឹងឆ្នាំ {year}',
	'brief.card.down': '▼ ធ្លាក់ {n} ថ្នាក់ ធៀបនឹងឆ្នាំ {year}',
	'brief.card.same': '■ ចំណាត់ថ្នាក់ដដែល ធៀបនឹងឆ្នាំ {year}',
	'brief.card.first': 'ការវាយតម្លៃលើកដំបូង',
	'brief.card.change': 'បម្រែបម្រួលធៀបនឹងឆ្នាំ {year}',
	'brief.card.changeNone': 'បម្រែបម្រួល',
	'brief.card.next': 'ថ្នាក់វាយតម្លៃបន្ទាប់',
	'brief.card.toReach': 'ដើម្បីឈានដល់ថ្នាក់ {class} ដែលប្រទេសទាបបំផុតរបស់វាទទួលបានពិន្ទុ {min}',
	'brief.card.top': 'ថ្នាក់ខ្ពស់បំផុត (VH)',
	'brief.trend.title': 'EGDI និងសមាសធាតុរបស់វា ឆ្នាំ {from}–{to}',
	'brief.trend.summary':
		'EGDI របស់{country}គឺ {egdi} នៅឆ្នាំ {year} ដែលជាមធ្យមភាគនៃ OSI, TII និង HCI។ ចន្លោះទទេ គឺជាការបោះពុម្ពដែលគ្មានតម្លៃ។',
	'brief.trend.chart': 'ក្រាហ្វិកខ្សែនៃ EGDI, OSI, TII និង HCI របស់{country} តាមការបោះពុម្ព',
	'brief.trend.edition': 'ការបោះពុម្ព',
	'brief.targets': 'គោលដៅ',
	'brief.noTargets': 'មិនទាន់មានគោលដៅត្រូវបានកត់ត្រានៅឡើយទេ។',
	'brief.example': 'ឧទាហរណ៍',
	'brief.examples': 'គោលដៅឧទាហរណ៍ មិនមែនជាគោលដៅផ្លូវការទេ៖ សូមជំនួសដោយគោលដៅរបស់គោលនយោបាយ។',
	'brief.target.now': 'បច្ចុប្បន្ន {value} ({year})',
	'brief.target.projected': '{value} ព្យាករសម្រាប់ឆ្នាំ {year}',
	'brief.milestones': 'ចំណុចសំខាន់បន្ទាប់',
	'brief.noMilestones': 'មិនមានចំណុចសំខាន់ណាមួយត្រូវបានគ្រោងទុកទេ។',
	'brief.lastDone': 'បានបញ្ចប់ចុងក្រោយ៖ {title} ({date})។',
	'brief.source.survey': 'ប្រភព៖ ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់ UN DESA ឆ្នាំ {year}។',
	'brief.source.plans': 'គោលដៅ និងចំណុចសំខាន់៖ ឯកសារគោលនយោបាយជាតិ តាមដែលបានបញ្ចូល។',
	'brief.source.relative':
		'EGDI ជាសន្ទស្សន៍ធៀប៖ វាត្រូវបានកំណត់មាត្រដ្ឋានឡើងវិញរៀងរាល់ការបោះពុម្ព ដូច្នេះបម្រែបម្រួលមួយផ្នែកឆ្លុះបញ្ចាំងពីវឌ្ឍនភាពរបស់ប្រទេសដទៃ។',
	'brief.error.missing':
		'ប្រទេសណា? សូមបន្ថែមលេខកូដ ISO3 របស់ប្រទេសទៅក្នុងអាសយដ្ឋាន ឧទាហរណ៍ /brief?country=KHM។',
	'brief.error.unknown':
		'គ្មានប្រទេសណាឈ្មោះ “{name}” ទេ។ សូមប្រើឈ្មោះ ឬលេខកូដ ISO3 របស់ប្រទេស ឧទាហរណ៍ /brief?country=KHM ឬ /brief?country=Cambodia។'
} satisfies Translation<typeof en>;
