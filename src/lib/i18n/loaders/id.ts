import type { Catalogue } from '../catalogue';

/** Imports one of this language's catalogues: see `importCatalogue` in `../catalogue`. */
export default async function load(group: string): Promise<{ default: Catalogue }> {
	return import(`../messages/id/${group}.ts`);
}
