import type { Translation } from '../../define';
import type en from '../en/explorer';

/** Khmer: see ../en/explorer.ts. */
export default {
	'explorer.error.notFound': 'គ្មានសូចនាករដែលមានកូដ «{code}» ទេ',
	'explorer.pageTitle': '{name} ({code}) {year} — ការរុករកសូចនាករ',
	'explorer.tabs': 'សូចនាករ',
	'explorer.eyebrow': 'ការរុករកសូចនាករ',
	'explorer.heading': '{name} ({code}) ឆ្នាំ {year}',
	'explorer.headingNoEdition': '{name} ({code})',
	'explorer.empty': 'មិនទាន់មានការនាំចូលតម្លៃ {code} នៅឡើយទេ។',
	'explorer.headline.leader': '**{name}** នាំមុខគេដោយមានតម្លៃ {value}។',
	'explorer.headline.focus':
		'{name} ស្ថិតនៅចំណាត់ថ្នាក់ទី **{rank}** ក្នុងចំណោម {total} ប្រទេស ដោយមានតម្លៃ {value} ធៀបនឹងមេដ្យាន {median}។',
	'explorer.headline.focusMissing': '{name} មិនត្រូវបានវាយតម្លៃក្នុងឆ្នាំ {year} ទេ។',
	'explorer.notAssessed': 'មិនបានវាយតម្លៃ',
	'explorer.controls.label': 'ការកំណត់នៃការរុករក',
	'explorer.controls.edition': 'ការបោះពុម្ព',
	'explorer.controls.from': 'ប្រៀបធៀបជាមួយ',
	'explorer.controls.focus': 'ប្រទេសផ្តោត',
	'explorer.controls.show': 'បង្ហាញ',
	'explorer.col.rank': 'ចំណាត់ថ្នាក់',
	'explorer.col.country': 'ប្រទេស',
	'explorer.col.region': 'តំបន់',
	'explorer.col.change': 'បម្រែបម្រួល',
	'explorer.col.changeSince': 'បម្រែបម្រួលធៀបនឹងឆ្នាំ {year}',
	'explorer.col.levelGroup': 'ក្រុមកម្រិត',
	'explorer.col.band': 'ចន្លោះតម្លៃ',
	'explorer.map.title': 'ផែនទីពិភពលោកនៃ {code} ឆ្នាំ {year}',
	'explorer.map.summary':
		'ប្រទេសចំនួន {count} មានតម្លៃ។ រដ្ឋតូចៗត្រូវបានគូរជារង្វង់។ ជ្រើសរើសប្រទេសមួយដើម្បីបើកទំព័រព័ត៌មានរបស់ប្រទេសនោះ។',
	'explorer.map.summaryMissing':
		'ប្រទេសចំនួន {count} មានតម្លៃ ហើយ {missing} មិនបានវាយតម្លៃ (គូសឆូត)។ រដ្ឋតូចៗត្រូវបានគូរជារង្វង់។ ជ្រើសរើសប្រទេសមួយដើម្បីបើកទំព័រព័ត៌មានរបស់ប្រទេសនោះ។',
	'explorer.map.tableLink': 'តួលេខមាននៅក្នុងតារាងចំណាត់ថ្នាក់ខាងក្រោម',
	'explorer.map.svgTitle': 'ផែនទី{name}តាមប្រទេស ឆ្នាំ {year}',
	'explorer.map.descriptionLevels':
		'ប្រទេសត្រូវបានដាក់ពណ៌តាមក្រុមកម្រិត EGDI គូសឆូតនៅកន្លែងដែលមិនបានវាយតម្លៃ ហើយ {focus} មានគូសបន្ទាត់ព័ទ្ធជុំវិញ។',
	'explorer.map.descriptionBands':
		'ប្រទេសត្រូវបានដាក់ពណ៌តាមចន្លោះតម្លៃ {code} គូសឆូតនៅកន្លែងដែលមិនបានវាយតម្លៃ ហើយ {focus} មានគូសបន្ទាត់ព័ទ្ធជុំវិញ។',
	'explorer.map.legend': 'ពណ៌ផែនទី',
	'explorer.map.notAssessed': '{name}៖ មិនបានវាយតម្លៃក្នុងឆ្នាំ {year}',
	'explorer.map.value': '{name}៖ {code} {value}',
	'explorer.map.rank': ' ចំណាត់ថ្នាក់ទី {rank}',
	'explorer.strip.title': 'ការបែងចែក ឆ្នាំ {year}',
	'explorer.strip.summary': 'ប្រទេសនីមួយៗដែលបានវាយតម្លៃត្រូវបានបង្ហាញជាចំណុច ហើយ {focus} ជាចំណុចធំ។',
	'explorer.strip.summaryLevels':
		'ប្រទេសនីមួយៗដែលបានវាយតម្លៃត្រូវបានបង្ហាញជាចំណុច ហើយ {focus} ជាចំណុចធំ។ បន្ទាត់ដាច់ៗសម្គាល់ព្រំដែនរវាងក្រុមកម្រិត។',
	'explorer.strip.focusFallback': 'ប្រទេសផ្តោត',
	'explorer.strip.svgTitle': 'គំនូសតាងចំណុចនៃ {code} សម្រាប់គ្រប់ប្រទេស ដោយរំលេច {focus}',
	'explorer.stat.label': 'ស្ថិតិ',
	'explorer.stat.countries': 'ចំនួនប្រទេស',
	'explorer.stat.min': 'អប្បបរមា',
	'explorer.stat.median': 'មេដ្យាន',
	'explorer.stat.mean': 'មធ្យមភាគ',
	'explorer.stat.max': 'អតិបរមា',
	'explorer.stat.focus': 'ប្រទេសផ្តោត',
	'explorer.slope.title': 'ពីឆ្នាំ {from} ដល់ឆ្នាំ {year}',
	'explorer.slope.summary':
		'បន្ទាត់នីមួយៗភ្ជាប់ {code} របស់ប្រទេសមួយក្នុងឆ្នាំ {from} និងឆ្នាំ {year}។ បន្ទាត់ឡើងមានពណ៌ខៀវ បន្ទាត់ចុះមានពណ៌ប្រផេះ។ {focus} និងប្រទេសនាំមុខត្រូវបានរំលេច។',
	'explorer.slope.summaryNoFocus':
		'បន្ទាត់នីមួយៗភ្ជាប់ {code} របស់ប្រទេសមួយក្នុងឆ្នាំ {from} និងឆ្នាំ {year}។ បន្ទាត់ឡើងមានពណ៌ខៀវ បន្ទាត់ចុះមានពណ៌ប្រផេះ។ ប្រទេសនាំមុខត្រូវបានរំលេច។',
	'explorer.slope.svgTitle': 'គំនូសតាងជម្រាលនៃ {code} រវាងឆ្នាំ {from} និងឆ្នាំ {year}',
	'explorer.ranking.title': 'ចំណាត់ថ្នាក់ ឆ្នាំ {year}',
	'explorer.ranking.count': '{count} ក្នុងចំណោម {total} ប្រទេស',
	'explorer.ranking.filter': 'ត្រងតារាងចំណាត់ថ្នាក់',
	'explorer.ranking.search': 'ស្វែងរក',
	'explorer.ranking.searchPlaceholder': 'ឈ្មោះប្រទេស',
	'explorer.ranking.allRegions': 'គ្រប់តំបន់',
	'explorer.ranking.incomeNote':
		'ក្រុមចំណូលរបស់ធនាគារពិភពលោកប្រហែលឆ្នាំ {year} (បញ្ជីប្រទេសរបស់ UNU-EGOV) ដូចគ្នាសម្រាប់គ្រប់ការបោះពុម្ព។ ការស្ទង់មតិប្រើចំណាត់ថ្នាក់នៃឆ្នាំរបស់ខ្លួន ដូច្នេះតួលេខតាមក្រុមចំណូលរបស់វាអាចខុសគ្នា។',
	'explorer.ranking.incomeOf': 'ក្រុមចំណូល (ធនាគារពិភពលោក {year})',
	'explorer.ranking.allIncomes': 'គ្រប់ក្រុមចំណូល',
	'explorer.ranking.group': 'ក្រុម',
	'explorer.ranking.allCountries': 'គ្រប់ប្រទេស',
	'explorer.ranking.submit': 'ត្រង',
	'explorer.ranking.clear': 'សម្អាតតម្រង',
	'explorer.ranking.download': 'ទាញយក CSV',
	'explorer.ranking.empty': 'គ្មានប្រទេសណាត្រូវនឹងតម្រងទាំងនេះទេ។'
} satisfies Translation<typeof en>;
