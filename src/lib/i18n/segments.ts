/**
 * A message cut at its `{name}` placeholders, so that a page can put markup (a `<code>`, a link)
 * where each one stands: "see {link}." → [{ text: 'see ' }, { slot: 'link' }, { text: '.' }].
 */
export function segments(message: string): { text?: string; slot?: string }[] {
	return message
		.split(/(\{\w+\})/)
		.filter(Boolean)
		.map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : { text: part }));
}
