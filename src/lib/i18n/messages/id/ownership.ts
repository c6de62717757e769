import type { Translation } from '../../define';
import type en from '../en/ownership';

/** Bahasa Indonesia: see ../en/ownership.ts. */
export default {
	'ownership.legend': 'Kepemilikan dan peninjauan',
	'ownership.field.responsibleBody': 'Lembaga penanggung jawab',
	'ownership.field.owner': 'Pemilik',
	'ownership.field.narrative': 'Mengapa, dan apa yang kami lakukan',
	'ownership.field.lastReviewed': 'Terakhir ditinjau',
	'ownership.field.nextReview': 'Peninjauan berikutnya',
	'ownership.field.component': 'Komponen yang digerakkan',
	'ownership.field.targets': 'Target yang dilayani',
	'ownership.hint.responsibleBody': 'Kementerian atau lembaga yang bertanggung jawab atas target.',
	'ownership.hint.owner': 'Seseorang atau sebuah kantor.',
	'ownership.hint.nextReview': 'Peninjauan yang tanggalnya telah lewat ditandai terlambat.',
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
	'ownership.group.status': 'Target {body} menurut status',
	'ownership.rule.date': 'Berikan tanggal yang sah (tahun, bulan, dan hari), atau kosongkan.',
	'ownership.rule.tooLong': 'Terlalu panjang: paling banyak {max} karakter.',
	'ownership.rule.reviewOrder':
		'Peninjauan berikutnya ({next}) harus setelah peninjauan terakhir ({last}).',
	'ownership.rule.component': 'Pilih komponen dari daftar.',
	'ownership.rule.target': 'Pilih target dari daftar: milik negara kebijakan ini.'
} satisfies Translation<typeof en>;
