import { unIndicatorMethodology } from '../un-indicators';

/**
 * The methodology page: its prose uses the light markup of `routes/methodology/Rich.svelte`
 * (`**strong**`, `*emphasis*`, `[link]`, `{part}` for a formula symbol) and keeps code names out
 * of the messages, so that translations cannot break them. What each UN indicator measures and
 * how it is built is written with the indicator, in every language, in `../un-indicators.ts`.
 */
export default {
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
		"The Survey sorts countries into four **level groups** by EGDI: {veryHigh} (0.75 to 1), {high} (0.50 to under 0.75), {middle} (0.25 to under 0.50) and {low} (under 0.25). Since the 2020 edition each group's countries are split into four **rating classes**: the quartiles of the group in rank order, named highest first (VH, V3, V2, V1 in {veryHigh}, and so on). With 57 {veryHigh} countries in 2020, the top quarter, VH, holds the first 14; a country at a quartile's edge shares the class of the countries tied with it. A class is therefore a set of countries, not a range of values: its boundaries are its countries' EGDI and move every edition.",
	'methodology.classes.caption':
		'Rating classes of the {year} edition, highest first: how many countries each holds, and the lowest and highest EGDI among them.',
	'methodology.classes.group': 'Level group',
	'methodology.classes.class': 'Class',
	'methodology.levels.correction':
		"A correction: earlier versions of this dashboard, following its product brief, drew the classes as four bands of equal width over each group's range. That was wrong. The quartiles of countries reproduce the Survey's published lists — 14 countries in VH in 2020 and 15 in 2022 — where equal-width bands give 5 and 9.",
	'methodology.levels.next':
		'The **distance to the next class** is measured to the lowest country of that class in the same edition: that is the EGDI a country had to beat to be in it. Editions before 2020 have no rating classes, and the dashboard shows none for them; the level groups apply to every edition.',
	'methodology.levels.exception':
		"Where the published list differs from the rule, the dashboard follows the published list and keeps the rule's class beside it (the API's and downloads' rating class by the rule). {year}: the Survey lists one country fewer in {rule} than the quartile rule gives; the rule's last one is {country} (EGDI {value}), which the dashboard therefore shows in {published}.",
	'methodology.classes.count': 'Countries',
	'methodology.classes.lowest': 'Lowest EGDI',
	'methodology.classes.highest': 'Highest EGDI',
	'methodology.sources.groups.title': 'Country groups',
	'methodology.sources.groups.text':
		"The Survey reports the least developed countries (LDCs), the landlocked developing countries (LLDCs) and the small island developing States (SIDS) beside the regions. Their lists change: a country graduates from the LDCs, or is included. The dashboard keeps each membership with its dates and counts, in every edition, the members of that edition's own day, taken as 1 July of its year (the editions appeared between January and September, and no membership changed between an edition and that day). So Bhutan, which left the LDCs on 13 December 2023, is an LDC in 2022 and not in 2024, and São Tomé and Príncipe (13 December 2024) is one in 2024.",
	'methodology.sources.groups.item': '{name} ({code}): {members} members in the {year} edition.',
	'methodology.sources.groups.changes': 'Changes since 2003:',
	'methodology.sources.groups.in': '{name} joined ({date})',
	'methodology.sources.groups.out': '{name} left ({date})',
	'methodology.sources.groups.file':
		"Each membership, with its source and a note, is in the dataset's file {file} (on the [downloads page]). The SIDS are the 38 UN Member States of the UN-OHRLLS list; its 20 other members and associate members of regional commissions are not in the Survey. Scheduled graduations (Bangladesh, Lao PDR and Nepal in 2026, Solomon Islands in 2027, Cambodia and Senegal in 2029) are noted in that file, and dated there once they take effect.",
	'methodology.sources.reuse.downloads':
		'Every indicator by edition and the whole dataset are on the [downloads page], as CSV with a metadata file (definitions, sources, licence, citation, data version).',
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
	...unIndicatorMethodology('en'),
	'methodology.def.rank.measures':
		"A country's position among the UN Member States by EGDI in one edition.",
	'methodology.def.rank.built':
		'As published by the UN: 1 is the highest EGDI, and countries with the same EGDI share a rank. The dashboard stores it with the EGDI value. States not assessed in an edition have no rank here (the UN files give them a tied last place), so the number of ranked states varies by edition. Every other index (the EPI, OSI, TII, HCI and national indicators) is ranked by the dashboard with the same rule — standard competition ranking of the values as published: equal values share a rank and the next rank skips (in 2020 Estonia, the Republic of Korea and the United States share the first EPI rank, and the next is 4th) — shown beside any published rank.',
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
	'methodology.progress.where.cagrO': 'observed growth rate, from the baseline to the latest value',
	'methodology.progress.where.cagrR': 'required growth rate, from the baseline to the target',
	'methodology.progress.where.baseline': 'the value in the baseline edition, and its year',
	'methodology.progress.where.latest': 'the latest value, and the year of its edition',
	'methodology.progress.where.target': 'the target value, and the target year',
	'methodology.progress.where.direction':
		'+1 when higher is better, −1 when lower is better (such as a rank)',
	'methodology.progress.where.projection':
		'the projection: the baseline grown at the observed rate to the target year',
	'methodology.progress.direction':
		'For a target in the desired direction, {R} is simply {cagrO} ÷ {cagrR}. Multiplying by {d} and dividing by the size of {cagrR} flips the sign when lower is better, so that a rank number going down counts as progress and moving away from the target always gives a negative {R}.',
	'methodology.progress.projection':
		'One rate decides both the status and the projection drawn. A target is **on track** exactly when its projection {proj} meets the target; for growth from the same baseline over the same years, that is {R} ≥ 1. Open SDG calls a target on track from {R} ≥ {openSdg}; this dashboard does not, because a target growing 5 % too slowly would then be drawn falling short of the target while being called on track. The statuses below on track grade how far the projection falls short.',
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
		"Each target's chart shows the actual values; dotted, the required path, growing at {cagrR} from the baseline to the target; and dashed, the projection, growing at {cagrO} from the baseline, drawn from the latest value to the target year. The projected value on the target's card is the end of that dashed line, {proj}, and the status is decided on it. No other trend is drawn.",
	'methodology.progress.rule.achieved':
		'A target whose latest value meets it is achieved only if, at the observed rate, it still meets it in the target year (or the target year has passed); one met now but falling back below it by then is marked deterioration.',
	'methodology.progress.rule.planner':
		'The planner linked from each target (“What it takes”) is a separate estimate: staff set a pace for each EGDI component, and the rank is estimated against every other country projected on the straight-line (least-squares) trend of its own EGDI over the last ten years. Because the EGDI is relative, the rank and class it gives are estimates, not forecasts.',
	'methodology.progress.rule.relative':
		'Because the EGDI is relative (see [caveats]), a score target is shown with the rank and rating class it means, and with the distance to the next class boundary.',
	'methodology.progress.example': 'Worked example',
	'methodology.progress.example.text':
		'With illustrative numbers: an index at {y0} in the {t0} edition and {yt} in {t}, with a target of {yT} by {T}.',
	'methodology.progress.example.perYear': '{formula} = **{value}** a year',
	'methodology.progress.example.ratio':
		'{R} = {observed} ÷ {required} = **{ratio}**: between {low} and {high}, so **{status}**.',
	'methodology.progress.example.projection':
		'Projection: {formula} = **{value}** in {year}, short of the target {target}, as the status says.',
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
		'**Rating classes** were introduced in 2020: the dashboard shows none for earlier editions. The level groups, fixed ranges of the EGDI, apply to every edition.',
	'methodology.caveat.methods.mean':
		'In the files, the EGDI equals the mean of the three published components to within 0.0001 from 2014 on; before that the difference reaches about 0.014, because of rounding and of components missing in the source (below).',
	'methodology.caveat.gaps.title': 'Not-assessed values and real zeros',
	'methodology.caveat.gaps.text':
		'In the UN files an EGDI of 0 means the country was **not assessed** that year. The dashboard stores that EGDI as missing, never as 0, and leaves out the tied last rank the UN files give those states: charts show a gap and tables a dash (—). Other values the UN published in such a row are kept when they are not 0: the UN measured the human capital or telecommunication infrastructure of some states whose online services it did not assess (65 rows from 2003 to 2012). {MNE} (before 2008) and {SSD} (before 2012) have no values and no rank because the states did not exist yet.',
	'methodology.caveat.gaps.byEdition':
		'States without an EGDI, by edition (in the other editions all were assessed):',
	'methodology.caveat.gaps.zeros':
		'Every other 0 from 2008 on is kept as a real value: min–max normalisation gives the lowest country of an edition exactly 0 (an EPI of 0, for example). **Zeros of 2003–2005**: in those editions the HCI (two thirds adult literacy, one third gross enrolment) and the TII (ratios to benchmarks) were not min–max normalised and cannot be 0 for a real country, so a 0 there is the file\'s way of writing "no data" (the HCI of {AND}, {LIE} and {MCO}, for example). The dashboard stores those HCI and TII values as missing. The EGDI and rank of those countries stay as published, since the UN computed them with the 0: they are not the mean of the components shown.',
	'methodology.caveat.anomalies.title': 'Published anomalies',
	'methodology.caveat.anomalies.text':
		'Values published outside the 0–1 range of their index. The import accepts exactly these, keeps them as published and reports them as warnings; any other out-of-range value is refused.',
	'methodology.caveat.views.title': 'Change and index views',
	'methodology.caveat.views.text':
		"The trend charts can show each line's change since a chosen edition, in index points (+0.0698: the value rose by 0.0698), or an index of it (its value in that edition = 100; 120 is a fifth higher). Every line is measured from its own value in that edition; a line without a value there has no points in these views, rather than a guessed start. When the profile's country has no value in the edition chosen, its chart starts at the next edition where it has one (for an index, one that is not zero), and its title says which. The ranks are always shown as they are. As the indices are relative and their methods changed (above), a change between editions is a change of standing among countries, not a measure of capability alone.",
	'methodology.caveat.precision.title': 'Precision',
	'methodology.caveat.precision.text':
		'The 2018, 2020 and 2022 values were published with four decimals (the files pad them to five with a trailing zero); the other editions have five. The dashboard shows four decimals throughout, so a difference in the fifth decimal is not meaningful, and two countries with the same four-decimal EGDI can have different ranks ({AND} and {MDA}, both 0.6881 in 2020, are 80th and 79th).',
	'methodology.anomaly.HCI.FSM.2003':
		'The UN file gives an HCI of 1.422, above the index maximum of 1; its 2003 EGDI (0.52648, rank 42) was computed from it.',
	'methodology.anomaly.HCI.TUV.2003':
		'The UN file and the World Bank mirror give an HCI of 1.03, above the index maximum of 1; the UN did not assess {name} that year (EGDI 0), so its EGDI and rank are missing and the HCI is kept as published.',
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
		"Income groups are the World Bank classification of about {year}, from the same list, and the same for every edition. The Survey uses the classification of its own year, which the dashboard cannot rebuild from its sources, so income-group figures can differ from the reports: the 2024 Survey counts 55 lower-middle-income countries, this list 51, and the 2022 Survey has Seychelles high-income, this list upper-middle. Every page and API answer that uses income groups names the classification's year.",
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
		'A read-only JSON API under {base}: [{indicators}], [{countries}], [{observations}] (filter by {indicator}, {year}, {country}; each row with its published and computed rank and, for the EGDI, its level group and rating class) and {aggregates} ({by} {byValues}). A value of {null} means not assessed.',
	'methodology.sources.reuse.csv': 'Add {formatCsv} to any API address for the same rows as CSV.'
};
