import type { Translation } from '../../define';
import type en from '../en/compare';

/** Khmer: see ../en/compare.ts. */
export default {
	'compare.eyebrow': 'ប្រៀបធៀប · ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ',
	'compare.eyebrowYears': 'ប្រៀបធៀប · ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ {from}–{to}',
	'compare.title': 'ប្រៀបធៀបប្រទេស',
	'compare.notices': 'សេចក្តីជូនដំណឹង',
	'compare.notice.didYouMean': 'តើអ្នកចង់សំដៅលើ {link} មែនទេ?',
	'compare.notice.unknown_one': 'គ្មានប្រទេសណាមានកូដ ឬឈ្មោះ {entries} ទេ ដូច្នេះវាត្រូវបានដកចេញ។',
	'compare.notice.unknown_other': 'គ្មានប្រទេសណាមានកូដ ឬឈ្មោះ {entries} ទេ ដូច្នេះពួកវាត្រូវបានដកចេញ។',
	'compare.notice.over':
		'ការប្រៀបធៀបមួយបង្ហាញបានច្រើនបំផុត {max} ប្រទេស ដូច្នេះមានតែ {max} ប្រទេសដំបូងប៉ុណ្ណោះដែលត្រូវបានបង្ហាញ។ ប្រទេសដែលត្រូវបានដកចេញ៖ {names}។',
	'compare.notice.noMatch': 'គ្មានប្រទេសណាត្រូវនឹង {asked} ទេ។',
	'compare.notice.full':
		'ការប្រៀបធៀបមួយបង្ហាញបានច្រើនបំផុត {max} ប្រទេស៖ សូមដកប្រទេសមួយចេញ ដើម្បីបន្ថែម {name}។',
	'compare.quote': '«{text}»',
	'compare.selection': 'ប្រទេសដែលកំពុងប្រៀបធៀប',
	'compare.picker.add': 'បន្ថែមប្រទេស',
	'compare.legend': 'ប្រទេស',
	'compare.trends.title': 'គ្រប់សូចនាករតាមពេលវេលា',
	'compare.trends.note':
		'សន្ទស្សន៍ទាំងនេះជាតម្លៃធៀប៖ វាត្រូវបានកំណត់មាត្រដ្ឋានឡើងវិញនៅរៀងរាល់ការបោះពុម្ព ដូច្នេះបម្រែបម្រួលមួយផ្នែកឆ្លុះបញ្ចាំងពីវឌ្ឍនភាពរបស់ប្រទេសដទៃ។',
	'compare.trends.methodology': 'វិធីសាស្ត្រ',
	'compare.empty.title': 'មិនទាន់បានជ្រើសរើសប្រទេសណាមួយទេ',
	'compare.empty.text':
		'បន្ថែមប្រទេសមួយតាមរយៈប្រអប់ខាងលើ — ដោយឈ្មោះ ឬកូដ ISO3 — ដើម្បីមើលវាទន្ទឹមនឹងប្រទេសផ្សេងទៀតរហូតដល់ {others} ឬចាប់ផ្តើមពី{link}។',
	'compare.empty.link': 'ការប្រៀបធៀបលំនាំដើម',
	'compare.trend.rank': 'ចំណាត់ថ្នាក់ទី {rank}',
	'compare.trend.point': '{name}, {year}៖ {value}',
	'compare.latest.title': 'សមាសធាតុចុងក្រោយបង្អស់ទន្ទឹមគ្នា ឆ្នាំ {year}',
	'compare.latest.chartTitle': 'EGDI និងសមាសធាតុរបស់វា ឆ្នាំ {year}',
	'compare.latest.summary':
		'EGDI គឺជាមធ្យមនៃ{osi} (OSI) {tii} (TII) និង{hci} (HCI)។ របារមួយសម្រាប់ប្រទេសនីមួយៗ តាមលំដាប់ក្នុងតារាងសម្គាល់។',
	'compare.latest.svgTitle': 'គំនូសតាងរបារជាក្រុមនៃ EGDI, OSI, TII និង HCI របស់ប្រទេសនីមួយៗក្នុងឆ្នាំ {year}',
	'compare.latest.bar': '{name}, {component}៖ {value}',
	'compare.latest.notAssessed': 'មិនបានវាយតម្លៃ',
	'compare.latest.caption': 'តម្រៀបតាម EGDI ឆ្នាំ {year}',
	'compare.latest.rankOf': '(ចំណាត់ថ្នាក់ក្នុងចំណោម {total})',
	'compare.latest.country': 'ប្រទេស',
	'compare.latest.rank': 'ចំណាត់ថ្នាក់',
	'compare.average.choose': 'បង្ហាញមធ្យមភាគនៃ',
	'compare.average.show': 'បង្ហាញ',
	'compare.average.label': 'មធ្យមភាគ{group}',
	'compare.average.note':
		'មធ្យមភាគមួយរាប់ប្រទេសនៃក្រុមនៅក្នុងការបោះពុម្ពនីមួយៗ៖ ប្រទេសមានការអភិវឌ្ឍន៍តិចតួចបំផុតនៃឆ្នាំ 2022 រួមមានប៊ូតាន តែនៃឆ្នាំ 2024 មិនរួមទេ។ ទីម័រខាងកើតបានចូលជាសមាជិក ASEAN នៅខែតុលា ឆ្នាំ 2025 ដូច្នេះមធ្យមភាគ ASEAN រហូតដល់ឆ្នាំ 2024 គឺជាមធ្យមភាគនៃសមាជិកដប់។',
	'compare.group.choose': 'ប្រៀបធៀបក្រុមទាំងមូល',
	'compare.group.link': '{group}៖ សមាជិកទាំង {count}',
	'compare.latest.summaryAverages': 'បន្ទាប់ពីប្រទេសនានា ជាពណ៌ប្រផេះ៖ {names}។',
	'compare.multi.add': 'បន្ថែមប្រទេស',
	'compare.multi.selected': 'ប្រទេសដែលបានជ្រើសរើស',
	'compare.multi.remove': 'ដក {name} ចេញ',
	'compare.multi.placeholder': 'វាយបញ្ចូលឈ្មោះ ឬលេខកូដ ISO3',
	'compare.multi.submit': 'បន្ថែម',
	'compare.multi.full':
		'ការប្រៀបធៀបមួយបង្ហាញបានច្រើនបំផុត {count} ប្រទេស៖ សូមដកប្រទេសមួយចេញ ដើម្បីបន្ថែមប្រទេសផ្សេងទៀត។'
} satisfies Translation<typeof en>;
