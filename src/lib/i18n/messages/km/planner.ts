import type { Translation } from '../../define';
import type en from '../en/planner';

/** Khmer: see ../en/planner.ts. */
export default {
	'planner.pageTitle': 'អ្វីដែលត្រូវការ៖ {target}',
	'planner.eyebrow': 'កម្មវិធីរៀបចំផែនការ · {country}',
	'planner.back': 'គោលដៅទាំងអស់',
	'planner.relative':
		'EGDI ជាតម្លៃធៀប៖ ការបោះពុម្ពនីមួយៗកំណត់មាត្រដ្ឋានប្រទេសនីមួយៗឡើងវិញធៀបនឹងប្រទេសផ្សេងទៀត។ ចំណាត់ថ្នាក់ និងថ្នាក់ខាងក្រោមគឺជាការប៉ាន់ស្មាន ដែលធ្វើឡើងដោយព្យាករប្រទេសផ្សេងទៀតទាំង {countries} តាមនិន្នាការបន្ទាត់ត្រង់នៃ EGDI របស់ខ្លួនក្នុងរយៈដប់ឆ្នាំចុងក្រោយ។ ទាំងនេះមិនមែនជាការទស្សន៍ទាយទេ។',
	'planner.unsupported':
		'កម្មវិធីរៀបចំផែនការគ្របដណ្តប់គោលដៅលើ EGDI ចំណាត់ថ្នាក់របស់វា និងសមាសធាតុរបស់វា ({components})។ គោលដៅនេះស្ថិតលើសូចនាករផ្សេង។',
	'planner.noYears': 'ឆ្នាំគោលដៅមិនស្ថិតក្រោយការបោះពុម្ពចុងក្រោយ ({year}) ទេ៖ គ្មានអ្វីនៅសល់ត្រូវរៀបចំផែនការទេ។',
	'planner.required.title': 'គន្លងដែលតម្រូវ',
	'planner.required.text':
		'តម្លៃសមាសធាតុ តាមការបោះពុម្ពនីមួយៗ ដែលនឹងសម្រេចគោលដៅ៖ EGDI កើនក្នុងអត្រាថេរពីការបោះពុម្ពចុងក្រោយ ({year}) ដល់គោលដៅ ហើយសមាសធាតុនីមួយៗបិទចំណែកដូចគ្នានៃចម្ងាយរបស់វាទៅព្រំដែន (1)។',
	'planner.required.textComponent':
		'តម្លៃ តាមការបោះពុម្ពនីមួយៗ ដែលនឹងសម្រេចគោលដៅ៖ {indicator} កើនក្នុងអត្រាថេរពីការបោះពុម្ពចុងក្រោយ ({year}) ដល់គោលដៅ ហើយសមាសធាតុផ្សេងទៀតនៅដដែល។',
	'planner.required.caption': 'គន្លងដែលតម្រូវពីឆ្នាំ {year} ដល់គោលដៅ',
	'planner.column.edition': 'ការបោះពុម្ព',
	'planner.column.group': 'ក្រុមកម្រិត',
	'planner.column.class': 'ថ្នាក់វាយតម្លៃ',
	'planner.column.rank': 'ចំណាត់ថ្នាក់ប៉ាន់ស្មាន',
	'planner.latest': '{year} (ចុងក្រោយ)',
	'planner.rankOf': '~{rank} ក្នុងចំណោម {countries}',
	'planner.scenario.title': 'សេណារីយ៉ូរបស់អ្នក',
	'planner.scenario.text':
		'កំណត់ល្បឿនសម្រាប់សមាសធាតុនីមួយៗ ជាពិន្ទុសន្ទស្សន៍ក្នុងមួយឆ្នាំ (0.01 ក្នុងមួយឆ្នាំ គឺ +0.02 ក្នុងមួយការបោះពុម្ព)។ តារាងបង្ហាញថាវានាំទៅដល់ណា។',
	'planner.pace': '{indicator} ពិន្ទុក្នុងមួយឆ្នាំ',
	'planner.pace.now': 'បច្ចុប្បន្ន {value}',
	'planner.show': 'បង្ហាញសេណារីយ៉ូ',
	'planner.preset.observed': 'ល្បឿនដែលបានសង្កេតចាប់ពីឆ្នាំ {year}',
	'planner.preset.required': 'ល្បឿនដែលគោលដៅតម្រូវ',
	'planner.invalid':
		'ល្បឿនគឺជាលេខចន្លោះ −{max} និង {max} ពិន្ទុក្នុងមួយឆ្នាំ៖ ល្បឿនដែលបានសង្កេតត្រូវបានប្រើជំនួស៖ {names}។',
	'planner.scenario.caption': 'សេណារីយ៉ូ៖ សមាសធាតុ EGDI ក្រុម ថ្នាក់ និងចំណាត់ថ្នាក់ដែលបានព្យាករ',
	'planner.outcome.reaches': 'តាមល្បឿនទាំងនេះ គោលដៅត្រូវបានសម្រេចត្រឹមឆ្នាំ {year}។',
	'planner.outcome.short': 'តាមល្បឿនទាំងនេះ គោលដៅមិនត្រូវបានសម្រេចត្រឹមឆ្នាំ {year} ទេ។',
	'planner.outcome.end':
		'ឆ្នាំ {year}៖ EGDI {egdi} ក្រុម {group} ថ្នាក់ {class} ចំណាត់ថ្នាក់ប៉ាន់ស្មាន ~{rank} ក្នុងចំណោម {countries}។',
	'planner.effort.title': 'EGDI ច្រើនបំផុតសម្រាប់កិច្ចខិតខំ',
	'planner.effort.text':
		'សមាសធាតុនីមួយៗមានទម្ងន់មួយភាគបីនៃ EGDI ប៉ុន្តែពិន្ទុមួយងាយស្រួលទទួលបាននៅឆ្ងាយពីព្រំដែនជាងនៅជិតវា។ ចម្ងាយទៅព្រំដែន (1 − តម្លៃ) ធំបំផុតមុន៖',
	'planner.effort.item': '{indicator}៖ {value} ឆ្ងាយពីព្រំដែន {headroom}',
	'planner.effort.best': 'មានលទ្ធភាពច្រើនបំផុត',
	'planner.briefTitle': 'សេណារីយ៉ូ៖ {target}',
	'planner.briefPaces': 'ល្បឿន ជាពិន្ទុសន្ទស្សន៍ក្នុងមួយឆ្នាំ៖ {paces}។',
	'planner.brief': 'បន្ថែមសេណារីយ៉ូនេះទៅក្នុងសេចក្តីសង្ខេប',
	'planner.error.none':
		'គ្មានកម្មវិធីរៀបចំផែនការសម្រាប់គោលដៅនេះទេ៖ វាមិនមាន ឬប្រទេសរបស់វាគ្មានតម្លៃសមាសធាតុក្នុងការបោះពុម្ពចុងក្រោយ។'
} satisfies Translation<typeof en>;
