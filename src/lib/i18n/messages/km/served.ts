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
	'served.map.editions': 'ផែនទីតាមការបោះពុម្ពនីមួយៗ',
	'served.map.edition': 'ការបោះពុម្ពផែនទី',
	'served.map.play': 'ចាក់',
	'served.map.pause': 'ផ្អាក',
	'served.map.description':
		'ប្រទេសត្រូវបានដាក់ពណ៌តាម {code} ជា {count} កម្រិតស្មើៗគ្នា ពី {min} ដល់ {max}៖ តម្លៃកាន់តែខ្ពស់ ពណ៌កាន់តែដិត គូសឆូតនៅកន្លែងដែលមិនបានវាយតម្លៃ ហើយ {focus} មានគូសបន្ទាត់ព័ទ្ធជុំវិញ។'
} satisfies Translation<typeof en>;
