import type { Translation } from '../../define';
import type en from '../en/ownership';

/** Khmer: see ../en/ownership.ts. */
export default {
	'ownership.legend': 'ម្ចាស់ទទួលខុសត្រូវ និងការពិនិត្យឡើងវិញ',
	'ownership.field.responsibleBody': 'ស្ថាប័នទទួលខុសត្រូវ',
	'ownership.field.owner': 'អ្នកទទួលខុសត្រូវ',
	'ownership.field.narrative': 'ហេតុអ្វី និងអ្វីដែលយើងកំពុងធ្វើ',
	'ownership.field.lastReviewed': 'ពិនិត្យឡើងវិញចុងក្រោយ',
	'ownership.field.nextReview': 'ការពិនិត្យឡើងវិញបន្ទាប់',
	'ownership.field.component': 'សមាសធាតុដែលវារុញឱ្យប្រសើរ',
	'ownership.field.targets': 'គោលដៅដែលវាបម្រើ',
	'ownership.hint.responsibleBody': 'ក្រសួង ឬស្ថាប័នដែលទទួលខុសត្រូវលើគោលដៅ។',
	'ownership.hint.owner': 'បុគ្គល ឬការិយាល័យ។',
	'ownership.hint.nextReview': 'ការពិនិត្យដែលហួសកាលបរិច្ឆេទ ត្រូវបានសម្គាល់ថាយឺតយ៉ាវ។',
	'ownership.component.none': 'មិនបានបញ្ជាក់',
	'ownership.targets.none': 'ប្រទេសនេះមិនទាន់មានគោលដៅនៅឡើយទេ។',
	'ownership.card.responsible': 'ទទួលខុសត្រូវ',
	'ownership.card.owner': 'អ្នកទទួលខុសត្រូវ',
	'ownership.card.reviewed': 'ពិនិត្យឡើងវិញចុងក្រោយ {date}',
	'ownership.card.next': 'ពិនិត្យឡើងវិញបន្ទាប់ {date}',
	'ownership.card.overdue': 'ការពិនិត្យឡើងវិញយឺតយ៉ាវតាំងពី {date}',
	'ownership.card.unowned': 'មិនទាន់មានកត់ត្រាស្ថាប័ន ឬអ្នកទទួលខុសត្រូវនៅឡើយទេ។',
	'ownership.card.milestones': 'ព្រឹត្តិការណ៍សំខាន់ៗដែលបម្រើគោលដៅនេះ',
	'ownership.milestone.moves': 'រុញ {indicator}',
	'ownership.milestone.serves': 'បម្រើ {targets}',
	'ownership.group.label': 'បង្ហាញគោលដៅ',
	'ownership.group.all': 'ទាំងអស់ជាមួយគ្នា',
	'ownership.group.body': 'ដាក់ជាក្រុមតាមស្ថាប័នទទួលខុសត្រូវ',
	'ownership.group.submit': 'អនុវត្ត',
	'ownership.group.noBody': 'មិនបានកត់ត្រាស្ថាប័នទទួលខុសត្រូវ',
	'ownership.group.status': 'គោលដៅរបស់ {body} តាមស្ថានភាព',
	'ownership.rule.date': 'សូមផ្តល់កាលបរិច្ឆេទពិត (ឆ្នាំ ខែ និងថ្ងៃ) ឬទុកឱ្យទទេ។',
	'ownership.rule.tooLong': 'វែងពេក៖ យ៉ាងច្រើន {max} តួអក្សរ។',
	'ownership.rule.reviewOrder': 'ការពិនិត្យបន្ទាប់ ({next}) ត្រូវតែក្រោយការពិនិត្យចុងក្រោយ ({last})។',
	'ownership.rule.component': 'សូមជ្រើសរើសសមាសធាតុពីបញ្ជី។',
	'ownership.rule.target': 'សូមជ្រើសរើសគោលដៅពីបញ្ជី៖ គោលដៅរបស់ប្រទេសនៃគោលនយោបាយ។'
} satisfies Translation<typeof en>;
