import type { Translation } from '../../define';
import { unIndicatorTerms } from '../../indicator-terms';
import type en from '../en/terms';

/** Khmer: see ../en/terms.ts. */
export default {
	...unIndicatorTerms({
		EGDI: {
			name: 'សន្ទស្សន៍អភិវឌ្ឍន៍រដ្ឋាភិបាលអេឡិចត្រូនិក',
			short: 'ការអភិវឌ្ឍរដ្ឋាភិបាលអេឡិចត្រូនិក',
			description:
				'មធ្យមនៃសន្ទស្សន៍សេវាកម្មអនឡាញ សន្ទស្សន៍ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍ និងសន្ទស្សន៍មូលធនមនុស្ស។ ជាតម្លៃធៀប៖ ត្រូវកំណត់មាត្រដ្ឋានឡើងវិញនៅរៀងរាល់ការបោះពុម្ព។'
		},
		OSI: {
			name: 'សន្ទស្សន៍សេវាកម្មអនឡាញ',
			short: 'សេវាកម្មអនឡាញ',
			description:
				'ពិន្ទុនៃកម្រងសំណួររបស់រដ្ឋសមាជិកអង្គការសហប្រជាជាតិ ស្តីពីសេវាកម្មអនឡាញថ្នាក់ជាតិ ដែលធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា។'
		},
		TII: {
			name: 'សន្ទស្សន៍ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍',
			short: 'ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍',
			description:
				'មធ្យមនៃសូចនាកររបស់ ITU ដែលបានធ្វើបទដ្ឋានកម្ម (អ្នកប្រើប្រាស់អ៊ីនធឺណិត ការជាវសេវាទូរស័ព្ទចល័ត និងអ៊ីនធឺណិតល្បឿនលឿន)។ សំណុំសូចនាករបានផ្លាស់ប្តូររវាងការបោះពុម្ពនីមួយៗ។'
		},
		HCI: {
			name: 'សន្ទស្សន៍មូលធនមនុស្ស',
			short: 'មូលធនមនុស្ស',
			description: 'អត្រាអក្ខរកម្មមនុស្សពេញវ័យ អត្រាចុះឈ្មោះចូលរៀនសរុប ចំនួនឆ្នាំសិក្សារំពឹងទុក និងចំនួនឆ្នាំសិក្សាជាមធ្យម។'
		},
		EPI: {
			name: 'សន្ទស្សន៍ការចូលរួមតាមអេឡិចត្រូនិក',
			short: 'ការចូលរួមតាមអេឡិចត្រូនិក',
			description:
				'ការផ្តល់ព័ត៌មាន ការពិគ្រោះយោបល់ និងការសម្រេចចិត្តតាមអេឡិចត្រូនិក ដែលធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា។'
		}
	}),
	'term.rank.name': 'ចំណាត់ថ្នាក់ EGDI',
	'term.level.veryHigh': 'ខ្ពស់ខ្លាំង',
	'term.level.high': 'ខ្ពស់',
	'term.level.middle': 'មធ្យម',
	'term.level.low': 'ទាប',
	'term.progress.achieved': 'សម្រេចបានគោលដៅ',
	'term.progress.on_track': 'តាមគម្រោង',
	'term.progress.acceleration_needed': 'ត្រូវការពន្លឿន',
	'term.progress.limited_progress': 'វឌ្ឍនភាពមានកម្រិត',
	'term.progress.deterioration': 'ធ្លាក់ចុះ',
	'term.progress.unable_to_assess': 'មិនអាចវាយតម្លៃបាន',
	'term.milestone.planned': 'គ្រោងទុក',
	'term.milestone.in_progress': 'កំពុងអនុវត្ត',
	'term.milestone.done': 'បានបញ្ចប់',
	'term.milestone.delayed': 'យឺតយ៉ាវ',
	'term.milestone.overdue': 'ហួសកាលកំណត់',
	'term.region.world': 'ពិភពលោក',
	'term.region.africa': 'អាហ្វ្រិក',
	'term.region.americas': 'អាមេរិក',
	'term.region.asia': 'អាស៊ី',
	'term.region.europe': 'អឺរ៉ុប',
	'term.region.oceania': 'អូសេអានី',
	'term.region.easternAfrica': 'អាហ្វ្រិកខាងកើត',
	'term.region.middleAfrica': 'អាហ្វ្រិកកណ្តាល',
	'term.region.northernAfrica': 'អាហ្វ្រិកខាងជើង',
	'term.region.southernAfrica': 'តំបន់អាហ្វ្រិកខាងត្បូង',
	'term.region.westernAfrica': 'អាហ្វ្រិកខាងលិច',
	'term.region.caribbean': 'ការ៉ាប៊ីន',
	'term.region.centralAmerica': 'អាមេរិកកណ្តាល',
	'term.region.southAmerica': 'អាមេរិកខាងត្បូង',
	'term.region.northAmerica': 'អាមេរិកខាងជើង',
	'term.region.centralAsia': 'អាស៊ីកណ្តាល',
	'term.region.easternAsia': 'អាស៊ីបូព៌ា',
	'term.region.southEasternAsia': 'អាស៊ីអាគ្នេយ៍',
	'term.region.southernAsia': 'អាស៊ីខាងត្បូង',
	'term.region.westernAsia': 'អាស៊ីខាងលិច',
	'term.region.easternEurope': 'អឺរ៉ុបខាងកើត',
	'term.region.northernEurope': 'អឺរ៉ុបខាងជើង',
	'term.region.southernEurope': 'អឺរ៉ុបខាងត្បូង',
	'term.region.westernEurope': 'អឺរ៉ុបខាងលិច',
	'term.region.australiaNewZealand': 'អូស្ត្រាលី និងនូវែលសេឡង់',
	'term.region.melanesia': 'មេឡាណេស៊ី',
	'term.region.micronesia': 'មីក្រូណេស៊ី',
	'term.region.polynesia': 'ប៉ូលីណេស៊ី',
	'term.income.low': 'ចំណូលទាប',
	'term.income.lowerMiddle': 'ចំណូលមធ្យមកម្រិតទាប',
	'term.income.upperMiddle': 'ចំណូលមធ្យមកម្រិតខ្ពស់',
	'term.income.high': 'ចំណូលខ្ពស់',
	'term.role.viewer': 'អ្នកមើល',
	'term.role.editor': 'អ្នកកែសម្រួល',
	'term.role.analyst': 'អ្នកវិភាគ',
	'term.role.admin': 'អ្នកគ្រប់គ្រង'
} satisfies Translation<typeof en>;
