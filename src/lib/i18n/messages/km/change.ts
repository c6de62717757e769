import type { Translation } from '../../define';
import type en from '../en/change';

/** Khmer: see ../en/change.ts. */
export default {
	'change.caption':
		'បម្រែបម្រួលផ្ទាល់របស់សន្ទស្សន៍នីមួយៗ និងការរួមចំណែករបស់វាចំពោះបម្រែបម្រួល EGDI៖ បម្រែបម្រួលផ្ទាល់ ÷ {count} ព្រោះ EGDI ជាមធ្យមនៃសន្ទស្សន៍ទាំង {count}។',
	'change.index': 'សន្ទស្សន៍',
	'change.own': 'បម្រែបម្រួលផ្ទាល់',
	'change.contribution': 'ការរួមចំណែកដល់ EGDI',
	'change.driver':
		'ភាគច្រើនបណ្តាលមកពី {code}៖ វាប្រែប្រួល {change} ដោយខ្លួនឯង ហើយរួមចំណែក {contribution} ដល់ EGDI។'
} satisfies Translation<typeof en>;
