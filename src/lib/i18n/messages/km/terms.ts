import type { Translation } from '../../define';
import { unIndicatorTerms } from '../../indicator-terms';
import type en from '../en/terms';

/** Khmer: see ../en/terms.ts. */
export default {
	...unIndicatorTerms({
		EGDI: {
			name: 'សន្ទស្សន៍អភិវឌ្ឍន៍រដ្ឋាភិបាលអេឡិចត្រូនិក',
			short: 'ការអភិវឌ្ឍរដ្ឋាភិបាលអេឡិចត្រូនិក'
		},
		OSI: {
			name: 'សន្ទស្សន៍សេវាកម្មអនឡាញ',
			short: 'សេវាកម្មអនឡាញ'
		},
		TII: {
			name: 'សន្ទស្សន៍ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍',
			short: 'ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍'
		},
		HCI: {
			name: 'សន្ទស្សន៍មូលធនមនុស្ស',
			short: 'មូលធនមនុស្ស'
		},
		EPI: {
			name: 'សន្ទស្សន៍ការចូលរួមតាមអេឡិចត្រូនិក',
			short: 'ការចូលរួមតាមអេឡិចត្រូនិក'
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
	'term.role.viewer': 'អ្នកមើល',
	'term.role.editor': 'អ្នកកែសម្រួល',
	'term.role.analyst': 'អ្នកវិភាគ',
	'term.role.admin': 'អ្នកគ្រប់គ្រង'
} satisfies Translation<typeof en>;
