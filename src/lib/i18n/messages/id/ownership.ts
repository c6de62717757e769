import type { Translation } from '../../define';
import type en from '../en/ownership';

/** Bahasa Indonesia: see ../en/ownership.ts. */
export default {
	'ownership.component.none': 'Tidak disebutkan',
	'ownership.targets.none': 'Negara ini belum memiliki target.',
	'ownership.card.responsible': 'Penanggung jawab',
	'ownership.card.owner': 'Pemilik',
	'ownership.card.reviewed': 'Terakhir ditinjau {date}',
	'ownership.card.next': 'Peninjauan berikutnya {date}',
	'ownership.card.overdue': 'Peninjauan terlambat sejak {date}',
	'ownership.card.unowned': 'Belum ada lembaga penanggung jawab atau pemilik yang dicatat.',
	'ownership.card.milestones': 'Tonggak yang melayani target ini',
	'ownership.milestone.moves': 'Menggerakkan {indicator}',
	'ownership.milestone.serves': 'Melayani {targets}',
	'ownership.group.label': 'Tampilkan target',
	'ownership.group.all': 'semuanya bersama',
	'ownership.group.body': 'dikelompokkan menurut lembaga penanggung jawab',
	'ownership.group.submit': 'Terapkan',
	'ownership.group.noBody': 'Lembaga penanggung jawab belum dicatat',
	'ownership.group.status': 'Target {body} menurut status'
} satisfies Translation<typeof en>;
