import type { Translation } from '../../define';
import type en from '../en/ownership';

/** Khmer: see ../en/ownership.ts. */
export default {
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
	'ownership.group.status': 'គោលដៅរបស់ {body} តាមស្ថានភាព'
} satisfies Translation<typeof en>;
