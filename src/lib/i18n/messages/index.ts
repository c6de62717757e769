import type accounts from './en/accounts';
import type brief from './en/brief';
import type charts from './en/charts';
import type change from './en/change';
import type common from './en/common';
import type compare from './en/compare';
import type countries from './en/countries';
import type data from './en/data';
import type definitions from './en/definitions';
import type editing from './en/editing';
import type explorer from './en/explorer';
import type methodology from './en/methodology';
import type ownership from './en/ownership';
import type places from './en/places';
import type plans from './en/plans';
import type planner from './en/planner';
import type served from './en/served';
import type summary from './en/summary';
import type terms from './en/terms';

/**
 * The message groups, by name: one per area of the app, and the glossary of the domain's terms
 * (`terms`, keys `term.*`, looked up through `$lib/i18n/terms`). Each group has a catalogue per
 * language (`messages/<locale>/<group>.ts`, keys prefixed with the group). The English catalogue
 * sets the keys. A page's JavaScript holds only its language's catalogues of the groups it uses
 * (see `$lib/i18n/catalogue`); the server has them all.
 */
interface Groups {
	accounts: typeof accounts;
	brief: typeof brief;
	charts: typeof charts;
	change: typeof change;
	common: typeof common;
	compare: typeof compare;
	countries: typeof countries;
	data: typeof data;
	definitions: typeof definitions;
	editing: typeof editing;
	explorer: typeof explorer;
	methodology: typeof methodology;
	ownership: typeof ownership;
	places: typeof places;
	plans: typeof plans;
	planner: typeof planner;
	served: typeof served;
	summary: typeof summary;
	terms: typeof terms;
}

export type MessageGroup = keyof Groups;
export type MessageKey = { [G in MessageGroup]: keyof Groups[G] & string }[MessageGroup];
