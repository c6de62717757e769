import type { Translation } from '../../define';
import type en from '../en/countries';

/** Khmer: see ../en/countries.ts. */
export default {
	'countries.title': 'ប្រទេស',
	'countries.lead':
		'រដ្ឋសមាជិកទាំង 193 នៃអង្គការសហប្រជាជាតិ ព្រមទាំង{egdi} {year} តាមតំបន់ M49 របស់អង្គការសហប្រជាជាតិ។ ចុចលើប្រទេសណាមួយ ដើម្បីមើលព័ត៌មានសង្ខេបអំពីប្រទេសនោះ។',
	'countries.search': 'ស្វែងរកប្រទេស',
	'countries.search.placeholder': 'វាយបញ្ចូលឈ្មោះ',
	'countries.search.none': 'គ្មានប្រទេសណាត្រូវនឹង “{q}” ទេ។',
	'countries.notFound': 'គ្មានប្រទេសដែលមានលេខកូដ ISO3 "{code}" ទេ',
	'countries.profile.income': '{income} (ធនាគារពិភពលោក ប្រហែលឆ្នាំ {year})',
	'countries.profile.kind': 'ព័ត៌មានសង្ខេបអំពីប្រទេស',
	'countries.profile.title': '{country} — ព័ត៌មានសង្ខេបអំពីប្រទេស',
	'countries.profile.headline':
		'EGDI {egdi} ក្នុងឆ្នាំ {year} — ក្រុមកម្រិត{group} ថ្នាក់ {code} ចំណាត់ថ្នាក់ទី {rank} លើពិភពលោក និងទី {position} ក្នុងចំណោម {count} ប្រទេសនៅតំបន់{region}។',
	'countries.profile.noEgdi': '{country} មិនទាន់មានតម្លៃ EGDI នៅឡើយទេ។',
	'countries.profile.compare': 'ប្រៀបធៀបជាមួយប្រទេសប្រហាក់ប្រហែល',
	'countries.profile.legend': 'ខ្សែបន្ទាត់ក្នុងក្រាហ្វិកសូចនាករ',
	'countries.edition': 'ឆ្នាំស្ទង់មតិ',
	'countries.mean': 'មធ្យមភាគ{area}',
	'countries.worldMean': 'មធ្យមភាគពិភពលោក',
	'countries.chart.summary':
		'{code} របស់ {country} ក្នុងការស្ទង់មតិគ្រប់លើក ធៀបនឹងមធ្យមភាគនៃ{region} និងនៃពិភពលោក។ ចន្លោះទទេ គឺជាឆ្នាំស្ទង់មតិដែលគ្មានតម្លៃ។',
	'countries.chart.line': 'ក្រាហ្វិកខ្សែបន្ទាត់នៃ {code} សម្រាប់ {country} {region} និងពិភពលោក',
	'countries.rank.summary':
		'ចំណាត់ថ្នាក់របស់ {country} លើពិភពលោក ក្នុងការស្ទង់មតិនីមួយៗ។ ចំណាត់ថ្នាក់ទី 1 នៅខាងលើគេ។',
	'countries.rank.column': 'ចំណាត់ថ្នាក់',
	'countries.rank.chart':
		'ក្រាហ្វិកខ្សែបន្ទាត់នៃចំណាត់ថ្នាក់ EGDI របស់ {country} តាមឆ្នាំស្ទង់មតិ ដោយចំណាត់ថ្នាក់ទី 1 នៅខាងលើគេ',
	'countries.rank.describe': '{year}៖ ចំណាត់ថ្នាក់ទី {rank}',
	'countries.components.title': 'សមាសធាតុ ឆ្នាំ {year}',
	'countries.components.summary':
		'សន្ទស្សន៍នានារបស់ {country} ក្នុងឆ្នាំ {year} ដាក់ទន្ទឹមគ្នា ដោយសន្ទស្សន៍នីមួយៗធៀបនឹងមធ្យមភាគនៃ{region} និងនៃពិភពលោក។',
	'countries.components.index': 'សន្ទស្សន៍',
	'countries.components.chart': 'ក្រាហ្វិករបារនៃសន្ទស្សន៍របស់ {country} ធៀបនឹងមធ្យមភាគតំបន់ និងមធ្យមភាគពិភពលោក',
	'countries.within.title': 'ក្នុងតំបន់{region} ឆ្នាំ {year}',
	'countries.within.summary':
		'EGDI របស់ប្រទេសនីមួយៗនៅតំបន់{region} ក្នុងឆ្នាំ {year}។ {country} ស្ថិតនៅលំដាប់ទី {position} ក្នុងចំណោម {count}។ បន្ទាត់ដាច់ៗបង្ហាញព្រំដែននៃក្រុមកម្រិត។',
	'countries.within.place': 'លំដាប់',
	'countries.within.country': 'ប្រទេស',
	'countries.within.worldRank': 'ចំណាត់ថ្នាក់ពិភពលោក',
	'countries.within.chart': 'ក្រាហ្វិកចំណុចនៃ EGDI ទូទាំងតំបន់{region} ដោយរំលេច {country}',
	'countries.area.region': 'តំបន់',
	'countries.area.other': 'ផ្សេងៗ',
	'countries.profile.changeSince': 'បម្រែបម្រួល EGDI ធៀបនឹងឆ្នាំ {year}៖ {change}'
} satisfies Translation<typeof en>;
