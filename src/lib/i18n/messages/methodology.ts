import { defineMessages } from '../define';

/**
 * The methodology page: its prose uses the light markup of `routes/methodology/Rich.svelte`
 * (`**strong**`, `*emphasis*`, `[link]`, `{part}` for a formula symbol) and keeps code names out
 * of the messages, so that translations cannot break them.
 */
export default defineMessages({
	en: {
		'methodology.title': 'Methodology',
		'methodology.description':
			'Definitions of the UN E-Government Survey indicators, EGDI level groups and rating classes, how progress toward targets is assessed, caveats and sources.',
		'methodology.eyebrow': 'Reference',
		'methodology.lede':
			'What the indicators measure, how the dashboard classifies countries and judges progress toward targets, what to keep in mind when comparing editions, and where the data come from.',
		'methodology.toc': 'On this page',
		'methodology.section.indicators': 'Indicators',
		'methodology.section.levels': 'Level groups and rating classes',
		'methodology.section.progress': 'Progress toward targets',
		'methodology.section.caveats': 'Caveats',
		'methodology.section.sources': 'Sources and citation',
		'methodology.dividedBy': 'divided by',
		'methodology.levels.text':
			'The Survey sorts countries into four **level groups** by EGDI: {veryHigh}, {high}, {middle} and {low}. Since the 2020 edition each group is split into four **rating classes** of equal width, named highest first, so that movement inside a group is visible. A class includes its lower bound and excludes its upper bound; only the top class, VH, includes an EGDI of exactly 1.',
		'methodology.classes.caption':
			'EGDI level groups and rating classes, highest first. A class holds every EGDI ≥ its lower bound and < its upper bound; {top} also includes {max}.',
		'methodology.classes.group': 'Level group',
		'methodology.classes.class': 'Class',
		'methodology.classes.from': 'EGDI from (≥)',
		'methodology.classes.to': 'to (<)',
		'methodology.un.title': 'UN E-Government Survey indicators',
		'methodology.un.intro':
			'The Survey publishes five indices for every UN Member State, all on a 0–1 scale where higher is better, and a rank; the source of all six is UN DESA (see [sources]). Each definition opens with the short description stored with the indicator, which [the API] also returns.',
		'methodology.def.measures': 'Measures',
		'methodology.def.built': 'How it is built',
		'methodology.def.range': 'Range',
		'methodology.def.source': 'Source',
		'methodology.def.noRange': 'no fixed range',
		'methodology.def.upTo': 'up to {max}',
		'methodology.def.from': 'from {min}',
		'methodology.def.between': '{min} to {max}',
		'methodology.def.higher': 'higher is better',
		'methodology.def.lower': 'lower is better',
		'methodology.def.rangeLine': '{range}{unit}; {direction}',
		'methodology.def.EGDI.measures':
			"A country's capacity and readiness to deliver public services online, relative to the other UN Member States in the same edition. It is the headline index of the Survey.",
		'methodology.def.EGDI.built':
			'The simple mean of three components, each normalised to 0–1 within the edition. The {epi} is not part of it.',
		'methodology.def.OSI.measures':
			"The scope and quality of a government's online services: what the national portal, the e-services and e-participation portals and the websites of key ministries (such as education, health, labour and social protection) offer, and how usable and accessible they are.",
		'methodology.def.OSI.built':
			"UN DESA researchers assess each country's sites against the Online Service Questionnaire, a long list of yes/no features; answers from the Member States Questionnaire complement it. The raw point total is min–max normalised, so the leading country of the edition scores 1 and the lowest 0.",
		'methodology.def.TII.measures':
			'The telecommunication infrastructure people need to reach online services.',
		'methodology.def.TII.built':
			'The normalised mean of indicators published by the International Telecommunication Union (ITU), such as the share of the population using the internet and mobile-cellular and broadband subscriptions per 100 inhabitants. The set is revised between editions: earlier ones also counted fixed telephone lines and personal computers, later ones added mobile broadband (see [method changes]).',
		'methodology.def.HCI.measures':
			"The population's education: its capacity to use online services.",
		'methodology.def.HCI.built':
			'A weighted mean of UNESCO education statistics. Since 2014: adult literacy rate (weight ⅓), and the gross enrolment ratio, expected years of schooling and mean years of schooling (²⁄₉ each). Until 2012 only adult literacy (⅔) and the gross enrolment ratio (⅓).',
		'methodology.def.EPI.measures':
			'How governments use online services to involve people: *e-information* (making information available), *e-consultation* (asking for views) and *e-decision-making* (involving people in decisions).',
		'methodology.def.EPI.built':
			'From the e-participation questions of the Online Service Questionnaire; the raw score is min–max normalised, so a 0 is a real value (the lowest country of the edition). A supplementary index, not a component of the EGDI.',
		'methodology.def.rank.measures':
			"A country's position among the UN Member States by EGDI in one edition.",
		'methodology.def.rank.built':
			'As published by the UN: 1 is the highest EGDI, and countries with the same EGDI share a rank. The dashboard stores it with the EGDI value. States not assessed in an edition have no rank here (the UN files give them a tied last place), so the number of ranked states varies by edition.',
		'methodology.def.rank.range':
			'1 to the number of states ranked (193 when all are); lower is better',
		'methodology.rank.abbr': 'Rank',
		'methodology.rank.abbrTitle': '{egdi} rank',
		'methodology.national.title': 'National KPIs',
		'methodology.national.intro':
			"Indicators defined by this deployment's analysts to follow the national policy beside the UN indices. Their definitions are the analysts' own.",
		'methodology.national.none':
			'None yet. Analysts can define national indicators (code, name, unit, range and whether higher or lower is better) and upload yearly values; their definitions will then appear here.',
		'methodology.progress.intro':
			'Targets are assessed with the method national SDG reporting platforms use: the one Eurostat applies in its SDG monitoring report, as adapted by Statistics Canada for the Open SDG platform. It compares the growth observed since the baseline with the growth the target requires, both as compound annual growth rates (CAGR), so a target years away is judged by its pace rather than by the distance still to cover.',
		'methodology.progress.formulas': 'Progress formulas',
		'methodology.progress.where.cagrO':
			'observed growth rate, from the baseline to the latest value',
		'methodology.progress.where.cagrR': 'required growth rate, from the baseline to the target',
		'methodology.progress.where.baseline': 'the value in the baseline edition, and its year',
		'methodology.progress.where.latest': 'the latest value, and the year of its edition',
		'methodology.progress.where.target': 'the target value, and the target year',
		'methodology.progress.where.direction':
			'+1 when higher is better, −1 when lower is better (such as a rank)',
		'methodology.progress.direction':
			'For a target in the desired direction, {R} is simply {cagrO} ÷ {cagrR}. Multiplying by {d} and dividing by the size of {cagrR} flips the sign when lower is better, so that a rank number going down counts as progress and moving away from the target always gives a negative {R}.',
		'methodology.status.caption': 'Progress statuses, checked from top to bottom',
		'methodology.status.status': 'Status',
		'methodology.status.when': 'When',
		'methodology.status.achieved.reading': 'already there',
		'methodology.status.achieved.when': 'the latest value meets the target',
		'methodology.status.onTrack.reading': 'at the observed pace, the target is met on time',
		'methodology.status.acceleration.reading': 'moving the right way, but too slowly',
		'methodology.status.limited.reading': 'little movement toward the target',
		'methodology.status.deterioration.reading': 'moving away from the target',
		'methodology.status.unable.reading': 'a baseline and at least one later value are needed',
		'methodology.status.unable.when': 'fewer than two data points',
		'methodology.progress.rules': 'Rules applied',
		'methodology.progress.rule.zero':
			'Zero values are replaced by {small} before computing: the growth rates divide by {y0}, and min–max normalisation gives the lowest country of an edition a real 0.',
		'methodology.progress.rule.skipped':
			'Editions in which the country was not assessed are skipped, never counted as 0; the latest value is the latest assessed edition.',
		'methodology.progress.rule.levels':
			"A level-group target is the value target at the group's lower boundary ({floors}); a rank target is assessed on the rank, with {d} = −1.",
		'methodology.progress.rule.chart':
			"Each target's chart shows the actual values, the required path from baseline to target and, dashed, the projection of the observed rate to the target year.",
		'methodology.progress.rule.relative':
			'Because the EGDI is relative (see [caveats]), a score target is shown with the rank and rating class it means, and with the distance to the next class boundary.',
		'methodology.progress.example': 'Worked example',
		'methodology.progress.example.text':
			'With illustrative numbers: an index at {y0} in the {t0} edition and {yt} in {t}, with a target of {yT} by {T}.',
		'methodology.progress.example.perYear': '{formula} = **{value}** a year',
		'methodology.progress.example.ratio':
			'{R} = {observed} ÷ {required} = **{ratio}**: between {low} and {high}, so **{status}**.',
		'methodology.caveat.relative.title': 'The EGDI is relative',
		'methodology.caveat.relative.text':
			'Each component is normalised against the other Member States of the same edition, and the questionnaire and indicators are revised every time. An EGDI score is therefore a position within one edition, not a reading on a fixed scale: a country that improved its services can still see its score fall if others improved faster. Read a change in score together with the change in **rank** and **rating class**, and prefer those when comparing editions far apart.',
		'methodology.caveat.methods.title': 'Methods change between editions',
		'methodology.caveat.methods.tii':
			'**TII**: the set of ITU indicators has changed several times (fixed telephone lines and personal computers were dropped, mobile broadband was added), and ITU revises its own series.',
		'methodology.caveat.methods.hci':
			'**HCI**: expected and mean years of schooling joined adult literacy and the gross enrolment ratio in 2014, with new weights.',
		'methodology.caveat.methods.osi':
			'**OSI and EPI**: the Online Service Questionnaire, including its e-participation questions, is revised for every edition, so the same raw score means different things in different years.',
		'methodology.caveat.methods.classes':
			"**Rating classes** were introduced in 2020. Where the dashboard shows a class for an earlier edition, it applies the same boundaries to that edition's EGDI; the UN did not publish it.",
		'methodology.caveat.methods.mean':
			'In the files, the EGDI equals the mean of the three published components to within 0.0001 from 2014 on; before that the difference reaches about 0.014, because of rounding and of components missing in the source (below).',
		'methodology.caveat.gaps.title': 'Not-assessed values and real zeros',
		'methodology.caveat.gaps.text':
			'In the UN files an EGDI of 0 means the country was **not assessed** that year. The dashboard stores every value of such a row as missing: charts show a gap and tables a dash (—), never 0. The UN files also give those states a tied last rank, which the dashboard leaves out. {MNE} (before 2008) and {SSD} (before 2012) have no values and no rank because the states did not exist yet.',
		'methodology.caveat.gaps.byEdition':
			'States without an EGDI, by edition (in the other editions all were assessed):',
		'methodology.caveat.gaps.zeros':
			"Every other 0 is kept as a real value: min–max normalisation gives the lowest country of an edition exactly 0 (an EPI of 0, for example). The exception, which the files do not mark: in 2003–2005 a few HCI or TII values of 0 stand for missing source data (the 2003 HCI of {AND}, {LIE} and {MCO}, for example). They are shown as published, and those countries' EGDI is not the mean of their published components.",
		'methodology.caveat.anomalies.title': 'Published anomalies',
		'methodology.caveat.anomalies.text':
			'Values published outside the 0–1 range of their index. The import accepts exactly these, keeps them as published and reports them as warnings; any other out-of-range value is refused.',
		'methodology.caveat.precision.title': 'Precision',
		'methodology.caveat.precision.text':
			'The 2018, 2020 and 2022 values were published with four decimals (the files pad them to five with a trailing zero); the other editions have five. The dashboard shows four decimals throughout, so a difference in the fifth decimal is not meaningful, and two countries with the same four-decimal EGDI can have different ranks ({AND} and {MDA}, both 0.6881 in 2020, are 80th and 79th).',
		'methodology.anomaly.HCI.FSM.2003':
			'The UN file gives an HCI of 1.422, above the index maximum of 1; its 2003 EGDI (0.52648, rank 42) was computed from it.',
		'methodology.anomaly.HCI.TUV.2003':
			'The World Bank mirror gives an HCI of 1.03, above the index maximum of 1; the UN file marks {name} as not assessed that year.',
		'methodology.sources.un.title': 'UN E-Government Survey',
		'methodology.sources.un.text':
			"All UN values are those of the **United Nations Department of Economic and Social Affairs (UN DESA), United Nations E-Government Survey**, published every two years and downloadable from the [UN E-Government Knowledgebase Data Center]. The values are UN DESA's; the selection, the country codes and the format are this dashboard's.",
		'methodology.sources.editions':
			'Editions in this dashboard ({count}): {list}. Later editions are added by analysts when the UN publishes them.',
		'methodology.sources.files':
			"The values were read from the Data Center's CSV downloads ({file}) and cross-checked against the World Bank's Data360 mirror of the same indices ({mirror}): EGDI, OSI, HCI and TII agree to within 0.0001 for every country and edition. The mirror has neither the EPI nor the rank, which come from the UN files alone.",
		'methodology.sources.countries.title': 'Countries',
		'methodology.sources.countries.names':
			'The 193 UN Member States, named in UN spelling (for example “Viet Nam”, “Türkiye”) with ISO 3166 alpha-3 and numeric codes.',
		'methodology.sources.countries.regions':
			"Regions and sub-regions follow the UN M49 standard, taken from the country list of the UN University's Operating Unit on Policy-Driven Electronic Governance (UNU-EGOV).",
		'methodology.sources.countries.income':
			'Income groups are the World Bank classification of about 2018, from the same list; some countries have since changed group.',
		'methodology.sources.cite.title': 'How to cite',
		'methodology.sources.cite.text':
			'Cite the UN as the source of the values, and the dashboard if you reuse its views:',
		'methodology.sources.cite.reference':
			'United Nations Department of Economic and Social Affairs (UN DESA). {title}. New York: United Nations. Data: UN E-Government Knowledgebase, Data Center, {url} (accessed *date*).',
		'methodology.sources.cite.series':
			'For a series over several editions, name the editions used (for example “editions {first}–{last}”) and note that EGDI scores of different editions are not directly comparable (see [caveats]).',
		'methodology.sources.reuse.title': 'Reusing the data',
		'methodology.sources.reuse.charts':
			'Every chart has a table of its numbers and a **Download CSV** link, and works without JavaScript.',
		'methodology.sources.reuse.api':
			'A read-only JSON API under {base}: [{indicators}], [{countries}], [{observations}] (filter by {indicator}, {year}, {country}) and {aggregates} ({by} {byValues}). A value of {null} means not assessed.',
		'methodology.sources.reuse.csv': 'Add {formatCsv} to any API address for the same rows as CSV.'
	},
	km: {
		'methodology.title': 'វិធីសាស្ត្រ',
		'methodology.description':
			'និយមន័យនៃសូចនាករក្នុងការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ ក្រុមកម្រិត និងថ្នាក់វាយតម្លៃនៃ EGDI របៀបវាយតម្លៃវឌ្ឍនភាពឆ្ពោះទៅរកគោលដៅ ចំណុចគួរប្រុងប្រយ័ត្ន និងប្រភពទិន្នន័យ។',
		'methodology.eyebrow': 'ឯកសារយោង',
		'methodology.lede':
			'អ្វីដែលសូចនាករវាស់វែង របៀបដែលផ្ទាំងព័ត៌មាននេះចាត់ថ្នាក់ប្រទេស និងវាយតម្លៃវឌ្ឍនភាពឆ្ពោះទៅរកគោលដៅ ចំណុចដែលត្រូវចងចាំនៅពេលប្រៀបធៀបការបោះពុម្ពផ្សេងៗគ្នា និងប្រភពនៃទិន្នន័យ។',
		'methodology.toc': 'នៅក្នុងទំព័រនេះ',
		'methodology.section.indicators': 'សូចនាករ',
		'methodology.section.levels': 'ក្រុមកម្រិត និងថ្នាក់វាយតម្លៃ',
		'methodology.section.progress': 'វឌ្ឍនភាពឆ្ពោះទៅរកគោលដៅ',
		'methodology.section.caveats': 'ចំណុចគួរប្រុងប្រយ័ត្ន',
		'methodology.section.sources': 'ប្រភព និងការដកស្រង់',
		'methodology.dividedBy': 'ចែកនឹង',
		'methodology.levels.text':
			'ការស្ទង់មតិនេះចាត់ប្រទេសនានាជាបួន **ក្រុមកម្រិត** តាម EGDI៖ {veryHigh} {high} {middle} និង{low}។ ចាប់តាំងពីការបោះពុម្ពឆ្នាំ 2020 មក ក្រុមនីមួយៗត្រូវបានបែងចែកជាបួន **ថ្នាក់វាយតម្លៃ** ដែលមានទំហំស្មើគ្នា ដោយដាក់ឈ្មោះពីថ្នាក់ខ្ពស់បំផុតមុន ដើម្បីឱ្យឃើញបម្រែបម្រួលនៅក្នុងក្រុមតែមួយ។ ថ្នាក់នីមួយៗរាប់បញ្ចូលព្រំដែនក្រោមរបស់វា ប៉ុន្តែមិនរាប់បញ្ចូលព្រំដែនលើទេ។ មានតែថ្នាក់កំពូល VH ប៉ុណ្ណោះដែលរាប់បញ្ចូល EGDI ស្មើនឹង 1 ពិតប្រាកដ។',
		'methodology.classes.caption':
			'ក្រុមកម្រិត និងថ្នាក់វាយតម្លៃនៃ EGDI ពីខ្ពស់បំផុតចុះ។ ថ្នាក់នីមួយៗរួមមាន EGDI ទាំងអស់ដែល ≥ ព្រំដែនក្រោម និង < ព្រំដែនលើរបស់វា។ {top} ក៏រាប់បញ្ចូល {max} ផងដែរ។',
		'methodology.classes.group': 'ក្រុមកម្រិត',
		'methodology.classes.class': 'ថ្នាក់',
		'methodology.classes.from': 'EGDI ចាប់ពី (≥)',
		'methodology.classes.to': 'ដល់ (<)',
		'methodology.un.title': 'សូចនាករនៃការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ',
		'methodology.un.intro':
			'ការស្ទង់មតិនេះចេញផ្សាយសន្ទស្សន៍ចំនួនប្រាំសម្រាប់រដ្ឋសមាជិកនីមួយៗនៃអង្គការសហប្រជាជាតិ ដែលសុទ្ធតែប្រើមាត្រដ្ឋាន 0–1 (តម្លៃកាន់តែខ្ពស់ កាន់តែល្អ) និងចំណាត់ថ្នាក់មួយ។ ប្រភពនៃទាំងប្រាំមួយនេះគឺ UN DESA (សូមមើល [ប្រភព])។ និយមន័យនីមួយៗចាប់ផ្តើមដោយការពិពណ៌នាខ្លីដែលរក្សាទុកជាមួយសូចនាករ ដែល [API] ក៏ផ្តល់ជូនផងដែរ (ជាភាសាអង់គ្លេស)។',
		'methodology.def.measures': 'វាស់វែង',
		'methodology.def.built': 'របៀបគណនា',
		'methodology.def.range': 'ដែនតម្លៃ',
		'methodology.def.source': 'ប្រភព',
		'methodology.def.noRange': 'គ្មានដែនតម្លៃកំណត់',
		'methodology.def.upTo': 'រហូតដល់ {max}',
		'methodology.def.from': 'ចាប់ពី {min}',
		'methodology.def.between': 'ពី {min} ដល់ {max}',
		'methodology.def.higher': 'តម្លៃកាន់តែខ្ពស់ កាន់តែល្អ',
		'methodology.def.lower': 'តម្លៃកាន់តែទាប កាន់តែល្អ',
		'methodology.def.rangeLine': '{range}{unit}៖ {direction}',
		'methodology.def.EGDI.measures':
			'សមត្ថភាព និងការត្រៀមខ្លួនរបស់ប្រទេសមួយក្នុងការផ្តល់សេវាសាធារណៈតាមអនឡាញ ធៀបនឹងរដ្ឋសមាជិកផ្សេងទៀតនៃអង្គការសហប្រជាជាតិក្នុងការបោះពុម្ពតែមួយ។ វាជាសន្ទស្សន៍ចម្បងនៃការស្ទង់មតិនេះ។',
		'methodology.def.EGDI.built':
			'មធ្យមធម្មតានៃសមាសធាតុបី ដែលសមាសធាតុនីមួយៗត្រូវបានធ្វើបទដ្ឋានកម្មឱ្យស្ថិតក្នុងចន្លោះ 0–1 ក្នុងការបោះពុម្ពនីមួយៗ។ {epi}មិនមែនជាផ្នែកមួយរបស់វាទេ។',
		'methodology.def.OSI.measures':
			'វិសាលភាព និងគុណភាពនៃសេវាកម្មអនឡាញរបស់រដ្ឋាភិបាល៖ អ្វីដែលវិបផតថលជាតិ វិបផតថលសេវាអេឡិចត្រូនិក វិបផតថលការចូលរួមតាមអេឡិចត្រូនិក និងគេហទំព័ររបស់ក្រសួងសំខាន់ៗ (ដូចជា អប់រំ សុខាភិបាល ការងារ និងគាំពារសង្គម) ផ្តល់ជូន ព្រមទាំងកម្រិតងាយស្រួលប្រើ និងលទ្ធភាពចូលប្រើរបស់វា។',
		'methodology.def.OSI.built':
			'អ្នកស្រាវជ្រាវរបស់ UN DESA វាយតម្លៃគេហទំព័ររបស់ប្រទេសនីមួយៗ ដោយផ្អែកលើកម្រងសំណួរសេវាកម្មអនឡាញ ដែលជាបញ្ជីវែងនៃមុខងារសម្រាប់ឆ្លើយ «មាន» ឬ «គ្មាន» ហើយចម្លើយពីកម្រងសំណួររបស់រដ្ឋសមាជិកបំពេញបន្ថែមលើវា។ ពិន្ទុសរុបដើមត្រូវបានធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា ដូច្នេះប្រទេសនាំមុខនៃការបោះពុម្ពនោះទទួលបានពិន្ទុ 1 ហើយប្រទេសទាបបំផុតទទួលបាន 0។',
		'methodology.def.TII.measures':
			'ហេដ្ឋារចនាសម្ព័ន្ធទូរគមនាគមន៍ដែលប្រជាជនត្រូវការ ដើម្បីប្រើប្រាស់សេវាកម្មអនឡាញ។',
		'methodology.def.TII.built':
			'មធ្យមដែលបានធ្វើបទដ្ឋានកម្មនៃសូចនាករដែលចេញផ្សាយដោយសហភាពទូរគមនាគមន៍អន្តរជាតិ (ITU) ដូចជាភាគរយនៃប្រជាជនដែលប្រើអ៊ីនធឺណិត និងចំនួនការជាវសេវាទូរស័ព្ទចល័ត និងអ៊ីនធឺណិតល្បឿនលឿនក្នុងប្រជាជន 100 នាក់។ សំណុំសូចនាករត្រូវបានកែសម្រួលរវាងការបោះពុម្ព៖ ការបោះពុម្ពមុនៗក៏បានរាប់បញ្ចូលខ្សែទូរស័ព្ទលើតុ និងកុំព្យូទ័រផ្ទាល់ខ្លួនដែរ ហើយការបោះពុម្ពក្រោយៗបានបន្ថែមអ៊ីនធឺណិតល្បឿនលឿនតាមទូរស័ព្ទចល័ត (សូមមើល [ការផ្លាស់ប្តូរវិធីសាស្ត្រ])។',
		'methodology.def.HCI.measures': 'កម្រិតអប់រំរបស់ប្រជាជន៖ សមត្ថភាពរបស់ពួកគេក្នុងការប្រើប្រាស់សេវាកម្មអនឡាញ។',
		'methodology.def.HCI.built':
			'មធ្យមថ្លឹងនៃស្ថិតិអប់រំរបស់ UNESCO។ ចាប់ពីឆ្នាំ 2014៖ អត្រាអក្ខរកម្មមនុស្សពេញវ័យ (ទម្ងន់ ⅓) និងអត្រាចុះឈ្មោះចូលរៀនសរុប ចំនួនឆ្នាំសិក្សារំពឹងទុក និងចំនួនឆ្នាំសិក្សាជាមធ្យម (²⁄₉ សម្រាប់នីមួយៗ)។ រហូតដល់ឆ្នាំ 2012 មានតែអក្ខរកម្មមនុស្សពេញវ័យ (⅔) និងអត្រាចុះឈ្មោះចូលរៀនសរុប (⅓) ប៉ុណ្ណោះ។',
		'methodology.def.EPI.measures':
			'របៀបដែលរដ្ឋាភិបាលប្រើប្រាស់សេវាកម្មអនឡាញ ដើម្បីឱ្យប្រជាជនចូលរួម៖ *ការផ្តល់ព័ត៌មានតាមអេឡិចត្រូនិក* (ការដាក់ព័ត៌មានឱ្យប្រជាជនទទួលបាន) *ការពិគ្រោះយោបល់តាមអេឡិចត្រូនិក* (ការសុំមតិ) និង *ការសម្រេចចិត្តតាមអេឡិចត្រូនិក* (ការឱ្យប្រជាជនចូលរួមក្នុងការសម្រេចចិត្ត)។',
		'methodology.def.EPI.built':
			'គណនាចេញពីសំណួរស្តីពីការចូលរួមតាមអេឡិចត្រូនិកនៃកម្រងសំណួរសេវាកម្មអនឡាញ។ ពិន្ទុដើមត្រូវបានធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមា ដូច្នេះតម្លៃ 0 គឺជាតម្លៃពិត (ប្រទេសទាបបំផុតនៃការបោះពុម្ពនោះ)។ វាជាសន្ទស្សន៍បំពេញបន្ថែម មិនមែនជាសមាសធាតុនៃ EGDI ទេ។',
		'methodology.def.rank.measures':
			'ទីតាំងរបស់ប្រទេសមួយក្នុងចំណោមរដ្ឋសមាជិកអង្គការសហប្រជាជាតិ តាម EGDI ក្នុងការបោះពុម្ពមួយ។',
		'methodology.def.rank.built':
			'តាមការចេញផ្សាយរបស់អង្គការសហប្រជាជាតិ៖ ចំណាត់ថ្នាក់ទី 1 គឺ EGDI ខ្ពស់បំផុត ហើយប្រទេសដែលមាន EGDI ដូចគ្នាទទួលបានចំណាត់ថ្នាក់ស្មើគ្នា។ ផ្ទាំងព័ត៌មាននេះរក្សាទុកចំណាត់ថ្នាក់ជាមួយតម្លៃ EGDI។ រដ្ឋដែលមិនត្រូវបានវាយតម្លៃក្នុងការបោះពុម្ពណាមួយ គ្មានចំណាត់ថ្នាក់នៅទីនេះទេ (ឯកសាររបស់អង្គការសហប្រជាជាតិដាក់ពួកគេនៅចំណាត់ថ្នាក់ចុងក្រោយស្មើគ្នា) ដូច្នេះចំនួនរដ្ឋដែលមានចំណាត់ថ្នាក់ប្រែប្រួលតាមការបោះពុម្ព។',
		'methodology.def.rank.range':
			'ពី 1 ដល់ចំនួនរដ្ឋដែលមានចំណាត់ថ្នាក់ (193 នៅពេលគ្រប់រដ្ឋមានចំណាត់ថ្នាក់)៖ តម្លៃកាន់តែទាប កាន់តែល្អ',
		'methodology.rank.abbr': 'ចំណាត់ថ្នាក់',
		'methodology.rank.abbrTitle': 'ចំណាត់ថ្នាក់តាម{egdi}',
		'methodology.national.title': 'សូចនាករសមិទ្ធកម្មគន្លឹះថ្នាក់ជាតិ (KPI)',
		'methodology.national.intro':
			'សូចនាករដែលអ្នកវិភាគនៃប្រព័ន្ធនេះបានកំណត់ ដើម្បីតាមដានគោលនយោបាយជាតិ ទន្ទឹមនឹងសន្ទស្សន៍របស់អង្គការសហប្រជាជាតិ។ និយមន័យរបស់សូចនាករទាំងនេះ ជាការកំណត់របស់អ្នកវិភាគផ្ទាល់។',
		'methodology.national.none':
			'មិនទាន់មាននៅឡើយទេ។ អ្នកវិភាគអាចកំណត់សូចនាករថ្នាក់ជាតិ (កូដ ឈ្មោះ ឯកតា ដែនតម្លៃ និងថាតើតម្លៃខ្ពស់ ឬទាបជាងជាការល្អ) ហើយផ្ទុកឡើងតម្លៃប្រចាំឆ្នាំ។ បន្ទាប់មក និយមន័យរបស់វានឹងបង្ហាញនៅទីនេះ។',
		'methodology.progress.intro':
			'គោលដៅត្រូវបានវាយតម្លៃតាមវិធីសាស្ត្រដែលវេទិការាយការណ៍ SDG ថ្នាក់ជាតិប្រើ៖ គឺវិធីសាស្ត្រដែល Eurostat អនុវត្តក្នុងរបាយការណ៍តាមដាន SDG របស់ខ្លួន ហើយដែលការិយាល័យស្ថិតិកាណាដាបានកែសម្រួលសម្រាប់វេទិកា Open SDG។ វាប្រៀបធៀបកំណើនដែលសង្កេតឃើញចាប់តាំងពីឆ្នាំមូលដ្ឋាន ជាមួយនឹងកំណើនដែលគោលដៅតម្រូវ ដោយគិតទាំងពីរជាអត្រាកំណើនសមាសប្រចាំឆ្នាំ (CAGR) ដូច្នេះគោលដៅដែលនៅឆ្ងាយច្រើនឆ្នាំត្រូវបានវាយតម្លៃតាមល្បឿន ជាជាងតាមចម្ងាយដែលនៅសល់។',
		'methodology.progress.formulas': 'រូបមន្តវឌ្ឍនភាព',
		'methodology.progress.where.cagrO': 'អត្រាកំណើនដែលសង្កេតឃើញ ពីឆ្នាំមូលដ្ឋានដល់តម្លៃចុងក្រោយ',
		'methodology.progress.where.cagrR': 'អត្រាកំណើនដែលតម្រូវ ពីឆ្នាំមូលដ្ឋានដល់គោលដៅ',
		'methodology.progress.where.baseline': 'តម្លៃក្នុងការបោះពុម្ពមូលដ្ឋាន និងឆ្នាំរបស់វា',
		'methodology.progress.where.latest': 'តម្លៃចុងក្រោយ និងឆ្នាំនៃការបោះពុម្ពរបស់វា',
		'methodology.progress.where.target': 'តម្លៃគោលដៅ និងឆ្នាំគោលដៅ',
		'methodology.progress.where.direction':
			'+1 នៅពេលតម្លៃកាន់តែខ្ពស់កាន់តែល្អ −1 នៅពេលតម្លៃកាន់តែទាបកាន់តែល្អ (ដូចជាចំណាត់ថ្នាក់)',
		'methodology.progress.direction':
			'ចំពោះគោលដៅក្នុងទិសដៅដែលចង់បាន {R} គឺគ្រាន់តែជា {cagrO} ÷ {cagrR}។ ការគុណនឹង {d} និងការចែកនឹងទំហំនៃ {cagrR} ធ្វើឱ្យសញ្ញាប្តូរនៅពេលតម្លៃកាន់តែទាបកាន់តែល្អ ដូច្នេះលេខចំណាត់ថ្នាក់ដែលថយចុះត្រូវរាប់ជាវឌ្ឍនភាព ហើយការរំកិលឆ្ងាយពីគោលដៅតែងតែផ្តល់ {R} អវិជ្ជមាន។',
		'methodology.status.caption': 'ស្ថានភាពវឌ្ឍនភាព ដែលត្រូវពិនិត្យពីលើចុះក្រោម',
		'methodology.status.status': 'ស្ថានភាព',
		'methodology.status.when': 'លក្ខខណ្ឌ',
		'methodology.status.achieved.reading': 'បានសម្រេចរួចហើយ',
		'methodology.status.achieved.when': 'តម្លៃចុងក្រោយឈានដល់គោលដៅ',
		'methodology.status.onTrack.reading': 'តាមល្បឿនដែលសង្កេតឃើញ គោលដៅនឹងសម្រេចបានទាន់ពេល',
		'methodology.status.acceleration.reading': 'កំពុងឆ្ពោះទៅទិសត្រូវ ប៉ុន្តែយឺតពេក',
		'methodology.status.limited.reading': 'មានចលនាតិចតួចឆ្ពោះទៅរកគោលដៅ',
		'methodology.status.deterioration.reading': 'កំពុងរំកិលឆ្ងាយពីគោលដៅ',
		'methodology.status.unable.reading': 'ត្រូវការតម្លៃមូលដ្ឋាន និងតម្លៃក្រោយមកយ៉ាងហោចណាស់មួយ',
		'methodology.status.unable.when': 'ចំណុចទិន្នន័យតិចជាងពីរ',
		'methodology.progress.rules': 'វិធានដែលអនុវត្ត',
		'methodology.progress.rule.zero':
			'តម្លៃសូន្យត្រូវបានជំនួសដោយ {small} មុនពេលគណនា៖ អត្រាកំណើនចែកនឹង {y0} ហើយការធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមាផ្តល់តម្លៃ 0 ពិតប្រាកដដល់ប្រទេសទាបបំផុតនៃការបោះពុម្ពនីមួយៗ។',
		'methodology.progress.rule.skipped':
			'ការបោះពុម្ពដែលប្រទេសនោះមិនត្រូវបានវាយតម្លៃ ត្រូវបានរំលង ហើយមិនដែលរាប់ជា 0 ទេ។ តម្លៃចុងក្រោយ គឺតម្លៃនៃការបោះពុម្ពចុងក្រោយដែលបានវាយតម្លៃ។',
		'methodology.progress.rule.levels':
			'គោលដៅក្រុមកម្រិត គឺជាគោលដៅតម្លៃនៅព្រំដែនក្រោមនៃក្រុមនោះ ({floors})។ គោលដៅចំណាត់ថ្នាក់ត្រូវបានវាយតម្លៃលើចំណាត់ថ្នាក់ ដោយ {d} = −1។',
		'methodology.progress.rule.chart':
			'គំនូសតាងនៃគោលដៅនីមួយៗបង្ហាញតម្លៃជាក់ស្តែង គន្លងដែលតម្រូវពីឆ្នាំមូលដ្ឋានដល់គោលដៅ និងជាបន្ទាត់ដាច់ៗ នូវការព្យាករតាមអត្រាដែលសង្កេតឃើញរហូតដល់ឆ្នាំគោលដៅ។',
		'methodology.progress.rule.relative':
			'ដោយសារ EGDI ជាតម្លៃធៀប (សូមមើល [ចំណុចគួរប្រុងប្រយ័ត្ន]) គោលដៅពិន្ទុត្រូវបានបង្ហាញជាមួយចំណាត់ថ្នាក់ និងថ្នាក់វាយតម្លៃដែលវាតំណាង និងជាមួយចម្ងាយទៅព្រំដែនថ្នាក់បន្ទាប់។',
		'methodology.progress.example': 'ឧទាហរណ៍នៃការគណនា',
		'methodology.progress.example.text':
			'ជាមួយតួលេខឧទាហរណ៍៖ សន្ទស្សន៍មួយមានតម្លៃ {y0} ក្នុងការបោះពុម្ពឆ្នាំ {t0} និង {yt} ក្នុងឆ្នាំ {t} ដោយមានគោលដៅ {yT} នៅឆ្នាំ {T}។',
		'methodology.progress.example.perYear': '{formula} = **{value}** ក្នុងមួយឆ្នាំ',
		'methodology.progress.example.ratio':
			'{R} = {observed} ÷ {required} = **{ratio}**៖ ស្ថិតនៅចន្លោះ {low} និង {high} ដូច្នេះ **{status}**។',
		'methodology.caveat.relative.title': 'EGDI ជាតម្លៃធៀប',
		'methodology.caveat.relative.text':
			'សមាសធាតុនីមួយៗត្រូវបានធ្វើបទដ្ឋានកម្មធៀបនឹងរដ្ឋសមាជិកផ្សេងទៀតក្នុងការបោះពុម្ពតែមួយ ហើយកម្រងសំណួរ និងសូចនាករត្រូវបានកែសម្រួលរាល់ពេល។ ដូច្នេះ ពិន្ទុ EGDI គឺជាទីតាំងក្នុងការបោះពុម្ពមួយ មិនមែនជាការវាស់លើមាត្រដ្ឋានថេរទេ៖ ប្រទេសដែលបានកែលម្អសេវាកម្មរបស់ខ្លួន នៅតែអាចឃើញពិន្ទុធ្លាក់ចុះ ប្រសិនបើប្រទេសផ្សេងទៀតកែលម្អបានលឿនជាង។ សូមអានបម្រែបម្រួលពិន្ទុរួមជាមួយបម្រែបម្រួល **ចំណាត់ថ្នាក់** និង **ថ្នាក់វាយតម្លៃ** ហើយគួរផ្អែកលើទាំងពីរនេះជាចម្បង នៅពេលប្រៀបធៀបការបោះពុម្ពដែលឃ្លាតឆ្ងាយពីគ្នា។',
		'methodology.caveat.methods.title': 'វិធីសាស្ត្រផ្លាស់ប្តូររវាងការបោះពុម្ព',
		'methodology.caveat.methods.tii':
			'**TII**៖ សំណុំសូចនាកររបស់ ITU បានផ្លាស់ប្តូរជាច្រើនដង (ខ្សែទូរស័ព្ទលើតុ និងកុំព្យូទ័រផ្ទាល់ខ្លួនត្រូវបានដកចេញ ហើយអ៊ីនធឺណិតល្បឿនលឿនតាមទូរស័ព្ទចល័តត្រូវបានបន្ថែម) ហើយ ITU ក៏កែសម្រួលស៊េរីទិន្នន័យរបស់ខ្លួនផងដែរ។',
		'methodology.caveat.methods.hci':
			'**HCI**៖ ចំនួនឆ្នាំសិក្សារំពឹងទុក និងចំនួនឆ្នាំសិក្សាជាមធ្យម ត្រូវបានបន្ថែមទៅលើអក្ខរកម្មមនុស្សពេញវ័យ និងអត្រាចុះឈ្មោះចូលរៀនសរុបនៅឆ្នាំ 2014 ជាមួយនឹងទម្ងន់ថ្មី។',
		'methodology.caveat.methods.osi':
			'**OSI និង EPI**៖ កម្រងសំណួរសេវាកម្មអនឡាញ រួមទាំងសំណួរស្តីពីការចូលរួមតាមអេឡិចត្រូនិក ត្រូវបានកែសម្រួលសម្រាប់ការបោះពុម្ពនីមួយៗ ដូច្នេះពិន្ទុដើមដូចគ្នាមានអត្ថន័យខុសគ្នាក្នុងឆ្នាំផ្សេងៗគ្នា។',
		'methodology.caveat.methods.classes':
			'**ថ្នាក់វាយតម្លៃ** ត្រូវបានដាក់ឱ្យប្រើនៅឆ្នាំ 2020។ នៅពេលដែលផ្ទាំងព័ត៌មាននេះបង្ហាញថ្នាក់សម្រាប់ការបោះពុម្ពមុននោះ វាអនុវត្តព្រំដែនដូចគ្នាទៅលើ EGDI នៃការបោះពុម្ពនោះ៖ អង្គការសហប្រជាជាតិមិនបានចេញផ្សាយថ្នាក់នោះទេ។',
		'methodology.caveat.methods.mean':
			'នៅក្នុងឯកសារ EGDI ស្មើនឹងមធ្យមនៃសមាសធាតុទាំងបីដែលបានចេញផ្សាយ ដោយលម្អៀងមិនលើសពី 0.0001 ចាប់ពីឆ្នាំ 2014 មក។ មុននោះ ភាពខុសគ្នាឡើងដល់ប្រហែល 0.014 ដោយសារការបង្គត់លេខ និងសមាសធាតុដែលខ្វះក្នុងប្រភព (សូមមើលខាងក្រោម)។',
		'methodology.caveat.gaps.title': 'តម្លៃដែលមិនបានវាយតម្លៃ និងតម្លៃសូន្យពិតប្រាកដ',
		'methodology.caveat.gaps.text':
			'នៅក្នុងឯកសាររបស់អង្គការសហប្រជាជាតិ EGDI ស្មើ 0 មានន័យថាប្រទេសនោះ **មិនត្រូវបានវាយតម្លៃ** នៅឆ្នាំនោះទេ។ ផ្ទាំងព័ត៌មាននេះរក្សាទុកតម្លៃទាំងអស់នៃជួរបែបនេះជាតម្លៃខ្វះ៖ គំនូសតាងបង្ហាញចន្លោះដាច់ ហើយតារាងបង្ហាញសញ្ញាដាច់ (—) មិនដែលបង្ហាញ 0 ទេ។ ឯកសាររបស់អង្គការសហប្រជាជាតិក៏ដាក់រដ្ឋទាំងនោះនៅចំណាត់ថ្នាក់ចុងក្រោយស្មើគ្នាដែរ ដែលផ្ទាំងព័ត៌មាននេះមិនយកមកប្រើទេ។ {MNE} (មុនឆ្នាំ 2008) និង {SSD} (មុនឆ្នាំ 2012) គ្មានតម្លៃ និងគ្មានចំណាត់ថ្នាក់ទេ ព្រោះរដ្ឋទាំងនោះមិនទាន់កើតមាននៅឡើយ។',
		'methodology.caveat.gaps.byEdition':
			'ចំនួនរដ្ឋដែលគ្មាន EGDI តាមការបោះពុម្ព (ក្នុងការបោះពុម្ពផ្សេងទៀត រដ្ឋទាំងអស់ត្រូវបានវាយតម្លៃ)៖',
		'methodology.caveat.gaps.zeros':
			'តម្លៃ 0 ផ្សេងទៀតទាំងអស់ត្រូវបានរក្សាទុកជាតម្លៃពិត៖ ការធ្វើបទដ្ឋានកម្មតាមវិធីអប្បបរមា–អតិបរមាផ្តល់តម្លៃ 0 ពិតប្រាកដដល់ប្រទេសទាបបំផុតនៃការបោះពុម្ពនីមួយៗ (ឧទាហរណ៍ EPI ស្មើ 0)។ ករណីលើកលែងដែលឯកសារមិនបានសម្គាល់៖ ក្នុងឆ្នាំ 2003–2005 តម្លៃ HCI ឬ TII មួយចំនួនដែលស្មើ 0 តំណាងឱ្យទិន្នន័យប្រភពដែលខ្វះ (ឧទាហរណ៍ HCI ឆ្នាំ 2003 របស់ {AND} {LIE} និង {MCO})។ តម្លៃទាំងនោះត្រូវបានបង្ហាញដូចដែលបានចេញផ្សាយ ហើយ EGDI របស់ប្រទេសទាំងនោះមិនមែនជាមធ្យមនៃសមាសធាតុដែលបានចេញផ្សាយរបស់ពួកគេទេ។',
		'methodology.caveat.anomalies.title': 'ភាពមិនប្រក្រតីក្នុងទិន្នន័យដែលបានចេញផ្សាយ',
		'methodology.caveat.anomalies.text':
			'តម្លៃដែលបានចេញផ្សាយនៅក្រៅចន្លោះ 0–1 នៃសន្ទស្សន៍របស់វា។ ការនាំចូលទទួលយកតែតម្លៃទាំងនេះប៉ុណ្ណោះ រក្សាទុកវាដូចដែលបានចេញផ្សាយ ហើយរាយការណ៍វាជាការព្រមាន។ តម្លៃផ្សេងទៀតដែលនៅក្រៅចន្លោះត្រូវបានបដិសេធ។',
		'methodology.caveat.precision.title': 'ភាពជាក់លាក់',
		'methodology.caveat.precision.text':
			'តម្លៃឆ្នាំ 2018 2020 និង 2022 ត្រូវបានចេញផ្សាយជាមួយខ្ទង់ទសភាគបួន (ឯកសារបំពេញវាឱ្យដល់ប្រាំខ្ទង់ដោយបន្ថែមលេខសូន្យនៅខាងចុង) ហើយការបោះពុម្ពផ្សេងទៀតមានប្រាំខ្ទង់។ ផ្ទាំងព័ត៌មាននេះបង្ហាញខ្ទង់ទសភាគបួនគ្រប់ទីកន្លែង ដូច្នេះភាពខុសគ្នានៅខ្ទង់ទសភាគទីប្រាំមិនមានអត្ថន័យទេ ហើយប្រទេសពីរដែលមាន EGDI ដូចគ្នាក្នុងខ្ទង់ទសភាគបួន អាចមានចំណាត់ថ្នាក់ខុសគ្នា ({AND} និង {MDA} ដែលទាំងពីរមាន 0.6881 ក្នុងឆ្នាំ 2020 ស្ថិតនៅចំណាត់ថ្នាក់ទី 80 និងទី 79)។',
		'methodology.anomaly.HCI.FSM.2003':
			'ឯកសាររបស់អង្គការសហប្រជាជាតិផ្តល់ HCI ស្មើ 1.422 ដែលលើសពីតម្លៃអតិបរមានៃសន្ទស្សន៍គឺ 1។ EGDI ឆ្នាំ 2003 របស់ប្រទេសនេះ (0.52648 ចំណាត់ថ្នាក់ទី 42) ត្រូវបានគណនាចេញពីតម្លៃនេះ។',
		'methodology.anomaly.HCI.TUV.2003':
			'ទិន្នន័យចម្លងរបស់ធនាគារពិភពលោកផ្តល់ HCI ស្មើ 1.03 ដែលលើសពីតម្លៃអតិបរមានៃសន្ទស្សន៍គឺ 1។ ឯកសាររបស់អង្គការសហប្រជាជាតិកត់សម្គាល់ថា {name} មិនត្រូវបានវាយតម្លៃនៅឆ្នាំនោះទេ។',
		'methodology.sources.un.title': 'ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ',
		'methodology.sources.un.text':
			'តម្លៃទាំងអស់របស់អង្គការសហប្រជាជាតិ គឺជាតម្លៃនៃ **ការស្ទង់មតិរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ ដោយនាយកដ្ឋានកិច្ចការសេដ្ឋកិច្ច និងសង្គមនៃអង្គការសហប្រជាជាតិ (UN DESA)** ដែលចេញផ្សាយរៀងរាល់ពីរឆ្នាំម្តង ហើយអាចទាញយកបានពី [មជ្ឈមណ្ឌលទិន្នន័យនៃមូលដ្ឋានចំណេះដឹងរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ]។ តម្លៃទាំងនេះជារបស់ UN DESA ចំណែកការជ្រើសរើស កូដប្រទេស និងទម្រង់ គឺជារបស់ផ្ទាំងព័ត៌មាននេះ។',
		'methodology.sources.editions':
			'ការបោះពុម្ពក្នុងផ្ទាំងព័ត៌មាននេះ ({count})៖ {list}។ ការបោះពុម្ពថ្មីៗត្រូវបានបន្ថែមដោយអ្នកវិភាគ នៅពេលអង្គការសហប្រជាជាតិចេញផ្សាយ។',
		'methodology.sources.files':
			'តម្លៃទាំងនេះត្រូវបានអានពីឯកសារ CSV ដែលទាញយកពីមជ្ឈមណ្ឌលទិន្នន័យ ({file}) ហើយត្រូវបានផ្ទៀងផ្ទាត់ជាមួយទិន្នន័យចម្លង Data360 របស់ធនាគារពិភពលោកនៃសន្ទស្សន៍ដដែល ({mirror})៖ EGDI, OSI, HCI និង TII ស៊ីគ្នាដោយលម្អៀងមិនលើសពី 0.0001 សម្រាប់គ្រប់ប្រទេស និងគ្រប់ការបោះពុម្ព។ ទិន្នន័យចម្លងនោះមិនមាន EPI និងចំណាត់ថ្នាក់ទេ ដែលទាំងពីរនេះយកចេញពីឯកសាររបស់អង្គការសហប្រជាជាតិតែប៉ុណ្ណោះ។',
		'methodology.sources.countries.title': 'ប្រទេស',
		'methodology.sources.countries.names':
			'រដ្ឋសមាជិកទាំង 193 នៃអង្គការសហប្រជាជាតិ ដែលមានកូដអក្សរបីតួ និងកូដលេខតាមស្តង់ដារ ISO 3166។ នៅលើទំព័រភាសាអង់គ្លេស ឈ្មោះប្រទេសសរសេរតាមអក្ខរាវិរុទ្ធរបស់អង្គការសហប្រជាជាតិ ហើយនៅទីនេះ ជាឈ្មោះជាភាសាខ្មែរ។',
		'methodology.sources.countries.regions':
			'តំបន់ និងអនុតំបន់អនុវត្តតាមស្តង់ដារ UN M49 ដែលយកចេញពីបញ្ជីប្រទេសរបស់អង្គភាពប្រតិបត្តិការស្តីពីអភិបាលកិច្ចអេឡិចត្រូនិកផ្អែកលើគោលនយោបាយ នៃសាកលវិទ្យាល័យអង្គការសហប្រជាជាតិ (UNU-EGOV)។',
		'methodology.sources.countries.income':
			'ក្រុមចំណូល គឺជាចំណាត់ថ្នាក់របស់ធនាគារពិភពលោកប្រហែលឆ្នាំ 2018 ដែលយកចេញពីបញ្ជីដដែល។ ប្រទេសមួយចំនួនបានប្តូរក្រុមចាប់តាំងពីពេលនោះមក។',
		'methodology.sources.cite.title': 'របៀបដកស្រង់',
		'methodology.sources.cite.text':
			'សូមដកស្រង់អង្គការសហប្រជាជាតិជាប្រភពនៃតម្លៃ និងដកស្រង់ផ្ទាំងព័ត៌មាននេះ ប្រសិនបើអ្នកប្រើទិដ្ឋភាពរបស់វាឡើងវិញ៖',
		'methodology.sources.cite.reference':
			'នាយកដ្ឋានកិច្ចការសេដ្ឋកិច្ច និងសង្គមនៃអង្គការសហប្រជាជាតិ (UN DESA)។ {title}។ ញូវយ៉ក៖ អង្គការសហប្រជាជាតិ។ ទិន្នន័យ៖ មូលដ្ឋានចំណេះដឹងរដ្ឋាភិបាលអេឡិចត្រូនិករបស់អង្គការសហប្រជាជាតិ មជ្ឈមណ្ឌលទិន្នន័យ {url} (ចូលមើលនៅ *កាលបរិច្ឆេទ*)។',
		'methodology.sources.cite.series':
			'សម្រាប់ស៊េរីទិន្នន័យដែលគ្របដណ្តប់ការបោះពុម្ពច្រើន សូមបញ្ជាក់ការបោះពុម្ពដែលបានប្រើ (ឧទាហរណ៍ «ការបោះពុម្ព {first}–{last}») ហើយកត់សម្គាល់ថាពិន្ទុ EGDI នៃការបោះពុម្ពផ្សេងៗគ្នាមិនអាចប្រៀបធៀបគ្នាដោយផ្ទាល់បានទេ (សូមមើល [ចំណុចគួរប្រុងប្រយ័ត្ន])។',
		'methodology.sources.reuse.title': 'ការប្រើទិន្នន័យឡើងវិញ',
		'methodology.sources.reuse.charts':
			'គំនូសតាងនីមួយៗមានតារាងតួលេខរបស់វា និងតំណ **ទាញយក CSV** ហើយដំណើរការបានដោយគ្មាន JavaScript។',
		'methodology.sources.reuse.api':
			'API ជាទម្រង់ JSON សម្រាប់តែអាន នៅក្រោម {base}៖ [{indicators}], [{countries}], [{observations}] (ត្រងតាម {indicator}, {year}, {country}) និង {aggregates} ({by}៖ {byValues})។ តម្លៃ {null} មានន័យថាមិនបានវាយតម្លៃ។',
		'methodology.sources.reuse.csv':
			'បន្ថែម {formatCsv} ទៅអាសយដ្ឋាន API ណាមួយ ដើម្បីទទួលបានជួរដដែលជាទម្រង់ CSV។'
	},
	id: {
		'methodology.title': 'Metodologi',
		'methodology.description':
			'Definisi indikator Survei E-Government PBB, kelompok tingkat dan kelas penilaian EGDI, cara menilai kemajuan menuju target, catatan penting, dan sumber.',
		'methodology.eyebrow': 'Referensi',
		'methodology.lede':
			'Apa yang diukur oleh indikator, bagaimana dasbor ini mengelompokkan negara dan menilai kemajuan menuju target, hal yang perlu diperhatikan saat membandingkan edisi, dan dari mana data berasal.',
		'methodology.toc': 'Di halaman ini',
		'methodology.section.indicators': 'Indikator',
		'methodology.section.levels': 'Kelompok tingkat dan kelas penilaian',
		'methodology.section.progress': 'Kemajuan menuju target',
		'methodology.section.caveats': 'Catatan penting',
		'methodology.section.sources': 'Sumber dan sitasi',
		'methodology.dividedBy': 'dibagi dengan',
		'methodology.levels.text':
			'Survei mengelompokkan negara ke dalam empat **kelompok tingkat** menurut EGDI: {veryHigh}, {high}, {middle}, dan {low}. Sejak edisi 2020, setiap kelompok dibagi menjadi empat **kelas penilaian** dengan lebar yang sama, dinamai mulai dari yang tertinggi, sehingga pergerakan di dalam satu kelompok terlihat. Sebuah kelas mencakup batas bawahnya dan tidak mencakup batas atasnya; hanya kelas teratas, VH, yang mencakup EGDI tepat 1.',
		'methodology.classes.caption':
			'Kelompok tingkat dan kelas penilaian EGDI, dari yang tertinggi. Sebuah kelas memuat setiap EGDI ≥ batas bawahnya dan < batas atasnya; {top} juga mencakup {max}.',
		'methodology.classes.group': 'Kelompok tingkat',
		'methodology.classes.class': 'Kelas',
		'methodology.classes.from': 'EGDI dari (≥)',
		'methodology.classes.to': 'sampai (<)',
		'methodology.un.title': 'Indikator Survei E-Government PBB',
		'methodology.un.intro':
			'Survei menerbitkan lima indeks untuk setiap Negara Anggota PBB, semuanya pada skala 0–1 dengan nilai lebih tinggi lebih baik, serta sebuah peringkat; sumber keenamnya adalah UN DESA (lihat [sumber]). Setiap definisi diawali deskripsi singkat yang disimpan bersama indikator, yang juga dikembalikan oleh [API] (dalam bahasa Inggris).',
		'methodology.def.measures': 'Mengukur',
		'methodology.def.built': 'Cara penyusunan',
		'methodology.def.range': 'Rentang',
		'methodology.def.source': 'Sumber',
		'methodology.def.noRange': 'tanpa rentang tetap',
		'methodology.def.upTo': 'hingga {max}',
		'methodology.def.from': 'mulai {min}',
		'methodology.def.between': '{min} sampai {max}',
		'methodology.def.higher': 'makin tinggi makin baik',
		'methodology.def.lower': 'makin rendah makin baik',
		'methodology.def.rangeLine': '{range}{unit}; {direction}',
		'methodology.def.EGDI.measures':
			'Kapasitas dan kesiapan suatu negara untuk memberikan layanan publik secara daring, relatif terhadap Negara Anggota PBB lainnya dalam edisi yang sama. Ini adalah indeks utama Survei.',
		'methodology.def.EGDI.built':
			'Rata-rata sederhana dari tiga komponen, masing-masing dinormalisasi ke 0–1 dalam edisi tersebut. {epi} tidak termasuk di dalamnya.',
		'methodology.def.OSI.measures':
			'Cakupan dan mutu layanan daring pemerintah: apa yang ditawarkan portal nasional, portal layanan elektronik dan e-partisipasi, serta situs web kementerian utama (seperti pendidikan, kesehatan, ketenagakerjaan, dan perlindungan sosial), dan seberapa mudah semuanya digunakan dan diakses.',
		'methodology.def.OSI.built':
			'Peneliti UN DESA menilai situs setiap negara berdasarkan Kuesioner Layanan Daring, daftar panjang fitur ya/tidak; jawaban dari Kuesioner Negara Anggota melengkapinya. Total poin mentah dinormalisasi min–maks, sehingga negara teratas dalam edisi tersebut mendapat skor 1 dan yang terendah 0.',
		'methodology.def.TII.measures':
			'Infrastruktur telekomunikasi yang dibutuhkan masyarakat untuk menjangkau layanan daring.',
		'methodology.def.TII.built':
			'Rata-rata yang dinormalisasi dari indikator yang diterbitkan oleh Persatuan Telekomunikasi Internasional (ITU), seperti persentase penduduk yang menggunakan internet serta langganan seluler dan pita lebar per 100 penduduk. Kumpulan indikatornya direvisi antaredisi: edisi awal juga menghitung sambungan telepon tetap dan komputer pribadi, edisi berikutnya menambahkan pita lebar seluler (lihat [perubahan metode]).',
		'methodology.def.HCI.measures':
			'Pendidikan penduduk: kemampuannya untuk menggunakan layanan daring.',
		'methodology.def.HCI.built':
			'Rata-rata tertimbang dari statistik pendidikan UNESCO. Sejak 2014: angka melek huruf dewasa (bobot ⅓), serta angka partisipasi kasar, harapan lama sekolah, dan rata-rata lama sekolah (masing-masing ²⁄₉). Hingga 2012 hanya angka melek huruf dewasa (⅔) dan angka partisipasi kasar (⅓).',
		'methodology.def.EPI.measures':
			'Cara pemerintah menggunakan layanan daring untuk melibatkan masyarakat: *e-informasi* (menyediakan informasi), *e-konsultasi* (meminta pendapat), dan *e-pengambilan keputusan* (melibatkan masyarakat dalam keputusan).',
		'methodology.def.EPI.built':
			'Berdasarkan pertanyaan e-partisipasi dalam Kuesioner Layanan Daring; skor mentah dinormalisasi min–maks, sehingga 0 adalah nilai sebenarnya (negara terendah dalam edisi tersebut). Indeks pelengkap, bukan komponen EGDI.',
		'methodology.def.rank.measures':
			'Posisi suatu negara di antara Negara Anggota PBB menurut EGDI dalam satu edisi.',
		'methodology.def.rank.built':
			'Sebagaimana diterbitkan PBB: 1 adalah EGDI tertinggi, dan negara dengan EGDI yang sama berbagi peringkat. Dasbor menyimpannya bersama nilai EGDI. Negara yang tidak dinilai dalam suatu edisi tidak memiliki peringkat di sini (berkas PBB memberi mereka peringkat terakhir bersama), sehingga jumlah negara yang diperingkat berbeda-beda per edisi.',
		'methodology.def.rank.range':
			'1 sampai jumlah negara yang diperingkat (193 jika semuanya diperingkat); makin rendah makin baik',
		'methodology.rank.abbr': 'Peringkat',
		'methodology.rank.abbrTitle': 'Peringkat {egdi}',
		'methodology.national.title': 'KPI nasional',
		'methodology.national.intro':
			'Indikator yang ditetapkan oleh analis instalasi ini untuk memantau kebijakan nasional di samping indeks PBB. Definisinya merupakan rumusan analis sendiri.',
		'methodology.national.none':
			'Belum ada. Analis dapat menetapkan indikator nasional (kode, nama, satuan, rentang, dan apakah nilai lebih tinggi atau lebih rendah yang lebih baik) serta mengunggah nilai tahunan; definisinya kemudian akan muncul di sini.',
		'methodology.progress.intro':
			'Target dinilai dengan metode yang digunakan platform pelaporan SDG nasional: metode yang diterapkan Eurostat dalam laporan pemantauan SDG-nya, sebagaimana diadaptasi oleh Statistics Canada untuk platform Open SDG. Metode ini membandingkan pertumbuhan yang teramati sejak tahun dasar dengan pertumbuhan yang dibutuhkan target, keduanya sebagai laju pertumbuhan tahunan majemuk (CAGR), sehingga target yang masih bertahun-tahun lagi dinilai dari lajunya, bukan dari jarak yang masih harus ditempuh.',
		'methodology.progress.formulas': 'Rumus kemajuan',
		'methodology.progress.where.cagrO':
			'laju pertumbuhan teramati, dari tahun dasar hingga nilai terbaru',
		'methodology.progress.where.cagrR':
			'laju pertumbuhan yang dibutuhkan, dari tahun dasar hingga target',
		'methodology.progress.where.baseline': 'nilai pada edisi dasar, dan tahunnya',
		'methodology.progress.where.latest': 'nilai terbaru, dan tahun edisinya',
		'methodology.progress.where.target': 'nilai target, dan tahun target',
		'methodology.progress.where.direction':
			'+1 jika makin tinggi makin baik, −1 jika makin rendah makin baik (seperti peringkat)',
		'methodology.progress.direction':
			'Untuk target ke arah yang diinginkan, {R} cukup {cagrO} ÷ {cagrR}. Mengalikan dengan {d} dan membagi dengan besaran {cagrR} membalik tandanya jika makin rendah makin baik, sehingga angka peringkat yang turun dihitung sebagai kemajuan dan menjauh dari target selalu menghasilkan {R} negatif.',
		'methodology.status.caption': 'Status kemajuan, diperiksa dari atas ke bawah',
		'methodology.status.status': 'Status',
		'methodology.status.when': 'Kondisi',
		'methodology.status.achieved.reading': 'sudah tercapai',
		'methodology.status.achieved.when': 'nilai terbaru memenuhi target',
		'methodology.status.onTrack.reading': 'dengan laju yang teramati, target tercapai tepat waktu',
		'methodology.status.acceleration.reading': 'bergerak ke arah yang benar, tetapi terlalu lambat',
		'methodology.status.limited.reading': 'sedikit pergerakan menuju target',
		'methodology.status.deterioration.reading': 'menjauh dari target',
		'methodology.status.unable.reading':
			'diperlukan nilai dasar dan setidaknya satu nilai sesudahnya',
		'methodology.status.unable.when': 'kurang dari dua titik data',
		'methodology.progress.rules': 'Aturan yang diterapkan',
		'methodology.progress.rule.zero':
			'Nilai nol diganti dengan {small} sebelum perhitungan: laju pertumbuhan dibagi dengan {y0}, dan normalisasi min–maks memberi negara terendah dalam suatu edisi nilai 0 yang sebenarnya.',
		'methodology.progress.rule.skipped':
			'Edisi ketika negara tersebut tidak dinilai dilewati, tidak pernah dihitung sebagai 0; nilai terbaru adalah nilai edisi terbaru yang dinilai.',
		'methodology.progress.rule.levels':
			'Target kelompok tingkat adalah target nilai pada batas bawah kelompok tersebut ({floors}); target peringkat dinilai pada peringkat, dengan {d} = −1.',
		'methodology.progress.rule.chart':
			'Grafik setiap target menampilkan nilai aktual, jalur yang dibutuhkan dari tahun dasar ke target, dan, dengan garis putus-putus, proyeksi laju teramati hingga tahun target.',
		'methodology.progress.rule.relative':
			'Karena EGDI bersifat relatif (lihat [catatan penting]), target skor ditampilkan bersama peringkat dan kelas penilaian yang dimaksudkannya, serta jarak ke batas kelas berikutnya.',
		'methodology.progress.example': 'Contoh perhitungan',
		'methodology.progress.example.text':
			'Dengan angka ilustrasi: sebuah indeks bernilai {y0} pada edisi {t0} dan {yt} pada {t}, dengan target {yT} pada {T}.',
		'methodology.progress.example.perYear': '{formula} = **{value}** per tahun',
		'methodology.progress.example.ratio':
			'{R} = {observed} ÷ {required} = **{ratio}**: antara {low} dan {high}, sehingga **{status}**.',
		'methodology.caveat.relative.title': 'EGDI bersifat relatif',
		'methodology.caveat.relative.text':
			'Setiap komponen dinormalisasi terhadap Negara Anggota lain dalam edisi yang sama, dan kuesioner serta indikatornya direvisi setiap kali. Karena itu, skor EGDI adalah posisi dalam satu edisi, bukan pembacaan pada skala tetap: negara yang memperbaiki layanannya tetap dapat melihat skornya turun jika negara lain membaik lebih cepat. Bacalah perubahan skor bersama perubahan **peringkat** dan **kelas penilaian**, dan utamakan keduanya saat membandingkan edisi yang berjauhan.',
		'methodology.caveat.methods.title': 'Metode berubah antaredisi',
		'methodology.caveat.methods.tii':
			'**TII**: kumpulan indikator ITU telah berubah beberapa kali (sambungan telepon tetap dan komputer pribadi dihapus, pita lebar seluler ditambahkan), dan ITU merevisi serinya sendiri.',
		'methodology.caveat.methods.hci':
			'**HCI**: harapan lama sekolah dan rata-rata lama sekolah ditambahkan ke angka melek huruf dewasa dan angka partisipasi kasar pada 2014, dengan bobot baru.',
		'methodology.caveat.methods.osi':
			'**OSI dan EPI**: Kuesioner Layanan Daring, termasuk pertanyaan e-partisipasinya, direvisi untuk setiap edisi, sehingga skor mentah yang sama bermakna berbeda pada tahun yang berbeda.',
		'methodology.caveat.methods.classes':
			'**Kelas penilaian** diperkenalkan pada 2020. Jika dasbor menampilkan kelas untuk edisi yang lebih awal, dasbor menerapkan batas yang sama pada EGDI edisi tersebut; PBB tidak menerbitkannya.',
		'methodology.caveat.methods.mean':
			'Dalam berkas, EGDI sama dengan rata-rata tiga komponen yang diterbitkan dengan selisih paling banyak 0,0001 sejak 2014; sebelumnya selisihnya mencapai sekitar 0,014, karena pembulatan dan komponen yang tidak ada dalam sumber (lihat di bawah).',
		'methodology.caveat.gaps.title': 'Nilai yang tidak dinilai dan nol yang sebenarnya',
		'methodology.caveat.gaps.text':
			'Dalam berkas PBB, EGDI bernilai 0 berarti negara tersebut **tidak dinilai** pada tahun itu. Dasbor menyimpan setiap nilai pada baris seperti itu sebagai nilai kosong: grafik menampilkan celah dan tabel menampilkan tanda pisah (—), tidak pernah 0. Berkas PBB juga memberi negara-negara tersebut peringkat terakhir bersama, yang tidak disertakan oleh dasbor. {MNE} (sebelum 2008) dan {SSD} (sebelum 2012) tidak memiliki nilai maupun peringkat karena negara tersebut belum berdiri.',
		'methodology.caveat.gaps.byEdition':
			'Negara tanpa EGDI, per edisi (pada edisi lainnya semua negara dinilai):',
		'methodology.caveat.gaps.zeros':
			'Setiap nilai 0 lainnya disimpan sebagai nilai sebenarnya: normalisasi min–maks memberi negara terendah dalam suatu edisi nilai tepat 0 (misalnya EPI bernilai 0). Pengecualiannya, yang tidak ditandai dalam berkas: pada 2003–2005 beberapa nilai HCI atau TII sebesar 0 menandakan data sumber yang tidak ada (misalnya HCI 2003 untuk {AND}, {LIE}, dan {MCO}). Nilai tersebut ditampilkan sebagaimana diterbitkan, dan EGDI negara-negara tersebut bukan rata-rata komponen yang diterbitkan.',
		'methodology.caveat.anomalies.title': 'Anomali yang diterbitkan',
		'methodology.caveat.anomalies.text':
			'Nilai yang diterbitkan di luar rentang 0–1 indeksnya. Proses impor hanya menerima nilai-nilai ini, menyimpannya sebagaimana diterbitkan, dan melaporkannya sebagai peringatan; nilai lain di luar rentang ditolak.',
		'methodology.caveat.precision.title': 'Presisi',
		'methodology.caveat.precision.text':
			'Nilai 2018, 2020, dan 2022 diterbitkan dengan empat desimal (berkasnya menambahkan nol di akhir hingga lima desimal); edisi lainnya memiliki lima desimal. Dasbor menampilkan empat desimal di semua tempat, sehingga selisih pada desimal kelima tidak bermakna, dan dua negara dengan EGDI empat desimal yang sama dapat memiliki peringkat berbeda ({AND} dan {MDA}, keduanya 0,6881 pada 2020, berada di peringkat ke-80 dan ke-79).',
		'methodology.anomaly.HCI.FSM.2003':
			'Berkas PBB mencantumkan HCI sebesar 1,422, di atas nilai maksimum indeks, yaitu 1; EGDI 2003 negara ini (0,52648, peringkat 42) dihitung dari nilai tersebut.',
		'methodology.anomaly.HCI.TUV.2003':
			'Salinan data Bank Dunia mencantumkan HCI sebesar 1,03, di atas nilai maksimum indeks, yaitu 1; berkas PBB menandai {name} sebagai tidak dinilai pada tahun itu.',
		'methodology.sources.un.title': 'Survei E-Government PBB',
		'methodology.sources.un.text':
			'Semua nilai PBB berasal dari **Survei E-Government Perserikatan Bangsa-Bangsa oleh Departemen Urusan Ekonomi dan Sosial PBB (UN DESA)**, yang terbit setiap dua tahun dan dapat diunduh dari [Pusat Data Basis Pengetahuan E-Government PBB]. Nilainya milik UN DESA; pemilihan, kode negara, dan formatnya berasal dari dasbor ini.',
		'methodology.sources.editions':
			'Edisi dalam dasbor ini ({count}): {list}. Edisi berikutnya ditambahkan oleh analis ketika PBB menerbitkannya.',
		'methodology.sources.files':
			'Nilai dibaca dari unduhan CSV Pusat Data ({file}) dan dicocokkan dengan salinan Data360 Bank Dunia untuk indeks yang sama ({mirror}): EGDI, OSI, HCI, dan TII sesuai hingga selisih 0,0001 untuk setiap negara dan edisi. Salinan tersebut tidak memuat EPI maupun peringkat, yang hanya berasal dari berkas PBB.',
		'methodology.sources.countries.title': 'Negara',
		'methodology.sources.countries.names':
			'193 Negara Anggota PBB, dengan kode alfa-3 dan kode numerik ISO 3166. Di halaman berbahasa Inggris nama negara mengikuti ejaan PBB; di sini digunakan nama dalam bahasa Indonesia.',
		'methodology.sources.countries.regions':
			'Kawasan dan subkawasan mengikuti standar UN M49, diambil dari daftar negara Unit Operasional Tata Kelola Elektronik Berbasis Kebijakan pada Universitas PBB (UNU-EGOV).',
		'methodology.sources.countries.income':
			'Kelompok pendapatan adalah klasifikasi Bank Dunia sekitar tahun 2018, dari daftar yang sama; beberapa negara sejak itu telah berpindah kelompok.',
		'methodology.sources.cite.title': 'Cara mengutip',
		'methodology.sources.cite.text':
			'Kutip PBB sebagai sumber nilai, dan dasbor ini jika Anda menggunakan kembali tampilannya:',
		'methodology.sources.cite.reference':
			'Departemen Urusan Ekonomi dan Sosial PBB (UN DESA). {title}. New York: Perserikatan Bangsa-Bangsa. Data: Basis Pengetahuan E-Government PBB, Pusat Data, {url} (diakses *tanggal*).',
		'methodology.sources.cite.series':
			'Untuk deret beberapa edisi, sebutkan edisi yang digunakan (misalnya “edisi {first}–{last}”) dan catat bahwa skor EGDI dari edisi yang berbeda tidak dapat dibandingkan secara langsung (lihat [catatan penting]).',
		'methodology.sources.reuse.title': 'Menggunakan kembali data',
		'methodology.sources.reuse.charts':
			'Setiap grafik memiliki tabel angkanya dan tautan **Unduh CSV**, serta berfungsi tanpa JavaScript.',
		'methodology.sources.reuse.api':
			'API JSON hanya-baca di bawah {base}: [{indicators}], [{countries}], [{observations}] (saring menurut {indicator}, {year}, {country}) dan {aggregates} ({by}: {byValues}). Nilai {null} berarti tidak dinilai.',
		'methodology.sources.reuse.csv':
			'Tambahkan {formatCsv} ke alamat API mana pun untuk mendapatkan baris yang sama sebagai CSV.'
	}
});
