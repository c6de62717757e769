import type en from '../en/served';
import type { Translation } from '../../define';

/** Khmer: see ../en/served.ts. */
export default {
	'served.card.achieved': 'តម្លៃចុងក្រោយបានសម្រេចគោលដៅរួចហើយ។',
	'served.card.growth': '{growth}។',
	'served.card.growthRank': '{growth} (គិតលើលេខចំណាត់ថ្នាក់ លេខកាន់តែតូចកាន់តែល្អ)។',
	'served.card.cannotAssess': 'ត្រូវការការស្ទង់មតិយ៉ាងហោចណាស់ពីរលើក ចាប់ពីឆ្នាំមូលដ្ឋានតទៅ ដើម្បីវាយតម្លៃវឌ្ឍនភាព។',
	'served.card.verdict.meets':
		'តាមអត្រាដែលបានសង្កេត ({observed} ក្នុងមួយឆ្នាំ ចាប់ពីឆ្នាំ {from}) វានឹងមាន {value} នៅឆ្នាំ {year}៖ សម្រេចបានគោលដៅ។',
	'served.card.verdict.short':
		'តាមអត្រាដែលបានសង្កេត ({observed} ក្នុងមួយឆ្នាំ ចាប់ពីឆ្នាំ {from}) វានឹងមាន {value} នៅឆ្នាំ {year}៖ មិនទាន់ដល់គោលដៅ {target}។',
	'served.scrollHint': 'រំកិលទៅចំហៀង ដើម្បីមើលជួរឈរទាំងអស់ →',
	'served.trend.controls': 'រុករកក្រាហ្វ',
	'served.trend.view': 'បង្ហាញ',
	'served.trend.view.value': 'តម្លៃ',
	'served.trend.view.change': 'បម្រែបម្រួលចាប់តាំងពីឆ្នាំស្ទង់មតិមួយ',
	'served.trend.view.index': 'សន្ទស្សន៍ (ឆ្នាំស្ទង់មតិនោះ = 100)',
	'served.trend.since': 'ចាប់ពីឆ្នាំស្ទង់មតិ',
	'served.trend.apply': 'អនុវត្ត',
	'served.trend.caption.change': 'បម្រែបម្រួលចាប់តាំងពីឆ្នាំ {year}',
	'served.trend.caption.index': 'សន្ទស្សន៍ ឆ្នាំ {year} = 100',
	'served.trend.add': 'បន្ថែមប្រទេសមួយទៅក្នុងក្រាហ្វ',
	'served.trend.choose': 'ជ្រើសរើសប្រទេស…',
	'served.trend.added': 'បានបន្ថែម៖',
	'served.trend.remove': 'ដក {country} ចេញពីក្រាហ្វ',
	'served.trend.unknown': 'គ្មានប្រទេសណាមានកូដ ឬឈ្មោះ {entries} ទេ ដូច្នេះវាត្រូវបានដកចេញ។',
	'served.trend.full': 'ក្រាហ្វអាចបន្ថែមប្រទេសបានច្រើនបំផុត {max}៖ {names} ត្រូវបានដកចេញ។',
	'served.profile.notFound': 'គ្មានប្រទេសដែលមានលេខកូដ ISO3 "{code}" ទេ',
	'served.profile.income': '{income} (ធនាគារពិភពលោក ប្រហែលឆ្នាំ {year})',
	'served.profile.edition': 'ឆ្នាំស្ទង់មតិ',
	'served.profile.chart.summary':
		'{code} របស់ {country} ក្នុងការស្ទង់មតិគ្រប់លើក ធៀបនឹងមធ្យមភាគនៃ{region} និងនៃពិភពលោក។ ចន្លោះទទេ គឺជាឆ្នាំស្ទង់មតិដែលគ្មានតម្លៃ។',
	'served.profile.chart.line': 'ក្រាហ្វិកខ្សែបន្ទាត់នៃ {code} សម្រាប់ {country} {region} និងពិភពលោក',
	'served.profile.rank.summary':
		'ចំណាត់ថ្នាក់របស់ {country} លើពិភពលោក ក្នុងការស្ទង់មតិនីមួយៗ។ ចំណាត់ថ្នាក់ទី 1 នៅខាងលើគេ។',
	'served.profile.rank.chart':
		'ក្រាហ្វិកខ្សែបន្ទាត់នៃចំណាត់ថ្នាក់ EGDI របស់ {country} តាមឆ្នាំស្ទង់មតិ ដោយចំណាត់ថ្នាក់ទី 1 នៅខាងលើគេ',
	'served.profile.rank.describe': '{year}៖ ចំណាត់ថ្នាក់ទី {rank}',
	'served.countries.area.region': 'តំបន់',
	'served.countries.area.other': 'ផ្សេងៗ',
	'served.profile.mean': 'មធ្យមភាគ{area}',
	'served.profile.worldMean': 'មធ្យមភាគពិភពលោក',
	'served.profile.components.title': 'សមាសធាតុ ឆ្នាំ {year}',
	'served.profile.components.summary':
		'សន្ទស្សន៍នានារបស់ {country} ក្នុងឆ្នាំ {year} ដាក់ទន្ទឹមគ្នា ដោយសន្ទស្សន៍នីមួយៗធៀបនឹងមធ្យមភាគនៃ{region} និងនៃពិភពលោក។',
	'served.profile.components.index': 'សន្ទស្សន៍',
	'served.profile.components.chart':
		'ក្រាហ្វិករបារនៃសន្ទស្សន៍របស់ {country} ធៀបនឹងមធ្យមភាគតំបន់ និងមធ្យមភាគពិភពលោក',
	'served.profile.within.title': 'ក្នុងតំបន់{region} ឆ្នាំ {year}',
	'served.profile.within.summary':
		'EGDI របស់ប្រទេសនីមួយៗនៅតំបន់{region} ក្នុងឆ្នាំ {year}។ {country} ស្ថិតនៅលំដាប់ទី {position} ក្នុងចំណោម {count}។ បន្ទាត់ដាច់ៗបង្ហាញព្រំដែននៃក្រុមកម្រិត។',
	'served.profile.within.place': 'លំដាប់',
	'served.profile.within.country': 'ប្រទេស',
	'served.profile.within.worldRank': 'ចំណាត់ថ្នាក់ពិភពលោក',
	'served.profile.within.chart': 'ក្រាហ្វិកចំណុចនៃ EGDI ទូទាំងតំបន់{region} ដោយរំលេច {country}',
	'served.map.editions': 'ផែនទីតាមការបោះពុម្ពនីមួយៗ',
	'served.map.edition': 'ការបោះពុម្ពផែនទី',
	'served.map.play': 'ចាក់',
	'served.map.pause': 'ផ្អាក',
	'served.map.description':
		'ប្រទេសត្រូវបានដាក់ពណ៌តាម {code} ជា {count} កម្រិតស្មើៗគ្នា ពី {min} ដល់ {max}៖ តម្លៃកាន់តែខ្ពស់ ពណ៌កាន់តែដិត គូសឆូតនៅកន្លែងដែលមិនបានវាយតម្លៃ ហើយ {focus} មានគូសបន្ទាត់ព័ទ្ធជុំវិញ។',
	'served.compare.groupTooLarge':
		'{group} មានសមាជិក {count} ដែលលើសពី {max} ប្រទេស ដែលការប្រៀបធៀបមួយអាចបង្ហាញបាន៖ អាចបង្ហាញមធ្យមភាគរបស់វា ទន្ទឹមនឹងប្រទេសដែលបានជ្រើសរើស។',
	'served.compare.groupUnknown': 'គ្មានក្រុមណាមានកូដ {code} ទេ។',
	'served.compare.trend.rankTitle': '{rank} (1 = ល្អបំផុត)',
	'served.compare.trend.rankSummary':
		'ចំណាត់ថ្នាក់ EGDI តាមការបោះពុម្ព {years} ដោយដាក់ចំណាត់ថ្នាក់ទី 1 (ល្អបំផុត) នៅខាងលើ។',
	'served.compare.trend.summary': '{name} តាមការបោះពុម្ព {years}។',
	'served.compare.trend.single': 'ក្នុងឆ្នាំ {year} {name}៖ {value}។',
	'served.compare.trend.bestWorst':
		'ក្នុងឆ្នាំ {year} {best} ខ្ពស់បំផុត ({bestValue}) ហើយ {worst} ទាបបំផុត ({worstValue})។',
	'served.compare.trend.bestWorstRank':
		'ក្នុងឆ្នាំ {year} {best} មានចំណាត់ថ្នាក់ល្អបំផុត ({bestValue}) ហើយ {worst} មានចំណាត់ថ្នាក់ទាបបំផុត ({worstValue})។',
	'served.compare.trend.gaps': 'ចន្លោះដែលដាច់ គឺជាការបោះពុម្ពដែលគ្មានតម្លៃ។',
	'served.compare.trend.edition': 'ការបោះពុម្ព',
	'served.compare.trend.svgTitle': 'គំនូសតាងខ្សែនៃ {title} តាមការបោះពុម្ព សម្រាប់ {names}',
	'served.compare.pageTitle': 'ប្រៀបធៀប {names}',
	'served.compare.pageTitleEmpty': 'ប្រៀបធៀប',
	'served.compare.headline.one': '**{name}**៖ EGDI **{egdi}** ក្នុងឆ្នាំ {year}។',
	'served.compare.headline.oneRanked':
		'**{name}**៖ EGDI **{egdi}** ក្នុងឆ្នាំ {year} ស្ថិតនៅចំណាត់ថ្នាក់ទី {rank} ក្នុងចំណោម {total}។',
	'served.compare.headline.leads': '**{names}** នាំមុខ{among} ក្នុងឆ្នាំ {year} ដោយមាន EGDI **{egdi}**',
	'served.compare.headline.share':
		'**{names}** នាំមុខស្មើគ្នា{among} ក្នុងឆ្នាំ {year} ដោយមាន EGDI **{egdi}**',
	'served.compare.headline.rank': ' (ចំណាត់ថ្នាក់ទី {rank} ក្នុងចំណោម {total})',
	'served.compare.headline.ahead': ' ខ្ពស់ជាង {name} ចំនួន **{gap}**',
	'served.compare.headline.end': '។',
	'served.compare.lowest': 'ទាបបំផុត៖ {name} មាន {value} ទាបជាងប្រទេសនាំមុខ {gap}។',
	'served.compare.missing': 'គ្មានតម្លៃឆ្នាំ {year} សម្រាប់ {names} ទេ។',
	'served.compare.noEgdi': 'គ្មាន EGDI ឆ្នាំ {year} សម្រាប់ {names} ទេ។',
	'served.compare.intro': 'ប្រៀបធៀបប្រទេសរហូតដល់ {max} ទន្ទឹមគ្នា លើគ្រប់សូចនាករ។',
	'served.compare.list.two': '{rest} និង {last}',
	'served.compare.list.many': '{rest} និង {last}',
	'served.compare.among.chosen': 'ក្នុងចំណោមប្រទេសទាំង {count} ដែលបានប្រៀបធៀប',
	'served.compare.among.group': 'ក្នុងចំណោមសមាជិក {group} ទាំង {count}',
	'served.compare.among.groupNearest': 'ក្នុងចំណោមសមាជិក {group} ដែលមានចំណាត់ថ្នាក់ជិត {country} បំផុត',
	'served.compare.among.worldNearest': 'ក្នុងចំណោមប្រទេសដែលមានចំណាត់ថ្នាក់ជិត {country} បំផុត'
} satisfies Translation<typeof en>;
