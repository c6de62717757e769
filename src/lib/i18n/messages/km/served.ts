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
	'served.compare.groupTooLarge':
		'{group} មានសមាជិក {count} ដែលលើសពី {max} ប្រទេស ដែលការប្រៀបធៀបមួយអាចបង្ហាញបាន៖ អាចបង្ហាញមធ្យមភាគរបស់វា ទន្ទឹមនឹងប្រទេសដែលបានជ្រើសរើស។',
	'served.compare.groupUnknown': 'គ្មានក្រុមណាមានកូដ {code} ទេ។'
} satisfies Translation<typeof en>;
