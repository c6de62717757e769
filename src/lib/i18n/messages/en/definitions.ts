import { unIndicatorDefinitions } from '../../indicator-terms';

/**
 * The glossary's definitions of the UN indicators: one line each, in every language. Only the
 * server shows them (methodology, explorer), so they are a group of their own that no page's
 * JavaScript carries. The English one is also stored with the indicator and returned by the API.
 */
export default unIndicatorDefinitions({
	EGDI: 'Mean of the Online Service, Telecommunication Infrastructure and Human Capital indices. Relative: re-scaled every edition.',
	OSI: 'Min–max normalised score of the UN Member States Questionnaire on national online services.',
	TII: 'Mean of normalised ITU indicators (internet users, mobile and broadband subscriptions); the set changed between editions.',
	HCI: 'Adult literacy, gross enrolment ratio, expected and mean years of schooling.',
	EPI: 'E-information, e-consultation and e-decision-making; min–max normalised.'
});
