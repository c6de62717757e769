import Papa from 'papaparse';
import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { UnreadableFileError } from './errors';

export interface ParseHandlers {
	/** Called once with the header row (BOM and surrounding spaces removed). */
	onHeader(fields: string[]): void;
	/** Called with each batch of non-blank data rows and, in `lines`, each row's line in the file. */
	onRows(rows: string[][], lines: number[]): void;
	/** Bytes read so far, for progress lines on large files. */
	onProgress?(bytes: number): void;
}

export interface ParseResult {
	sha256: string;
	bytes: number;
	dataRows: number;
}

/**
 * Streams a CSV through papaparse so that memory stays flat whatever the size. Decodes UTF-8
 * itself (papaparse would split multi-byte characters at chunk edges), drops a BOM, accepts
 * CRLF and trailing empty lines, and rejects binary content.
 */
export async function parseCsv(source: Readable, handlers: ParseHandlers): Promise<ParseResult> {
	const hash = createHash('sha256');
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let bytes = 0;
	let first = true;
	const decode = new Transform({
		readableObjectMode: true,
		transform(chunk: Buffer, _enc, done) {
			hash.update(chunk);
			bytes += chunk.length;
			handlers.onProgress?.(bytes);
			let text: string;
			try {
				text = decoder.decode(chunk, { stream: true });
			} catch {
				return done(binaryFile());
			}
			if (text.includes('\u0000')) return done(binaryFile());
			if (first && text.length > 0) {
				if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
				first = false;
			}
			done(null, text);
		},
		flush(done) {
			try {
				const rest = decoder.decode();
				done(null, rest || undefined);
			} catch {
				done(binaryFile());
			}
		}
	});

	let header: string[] | null = null;
	let line = 0;
	let dataRows = 0;
	await new Promise<void>((resolvePromise, reject) => {
		let failed = false;
		const fail = (error: unknown) => {
			if (failed) return;
			failed = true;
			reject(error);
		};
		source.on('error', fail);
		decode.on('error', fail);
		Papa.parse<string[]>(source.pipe(decode), {
			// Blank lines are skipped here rather than by papaparse so that line numbers stay true.
			skipEmptyLines: false,
			chunk(results, parser) {
				if (failed) return parser.abort();
				try {
					// A quote never closed swallows the rest of the file into one field (a file cut
					// short, or a stray quote): nothing after it can be trusted.
					const open = results.errors.find((e) => e.type === 'Quotes');
					if (open) {
						throw new UnreadableFileError(
							`A quoted field opened in row ${line + (open.row ?? 0) + 1} is never closed: the file may be cut short, or hold a stray quotation mark.`,
							{
								row: line + (open.row ?? 0) + 1,
								column: null,
								message:
									'a quoted field is never closed: the file may be cut short, or hold a stray quotation mark'
							}
						);
					}
					const rows: string[][] = [];
					const lines: number[] = [];
					for (const row of results.data) {
						line++;
						if (isBlank(row)) continue;
						if (!header) {
							header = row.map((f) => f.trim());
							handlers.onHeader(header);
							continue;
						}
						rows.push(row);
						lines.push(line);
					}
					dataRows += rows.length;
					if (rows.length) handlers.onRows(rows, lines);
				} catch (error) {
					fail(error);
					parser.abort();
				}
			},
			complete: () => (failed ? undefined : resolvePromise()),
			error: fail
		});
	});
	if (!header) throw new UnreadableFileError('The file is empty: it has no header and no rows.');
	return { sha256: hash.digest('hex'), bytes, dataRows };
}

function isBlank(row: string[]): boolean {
	for (const field of row) if (field.trim() !== '') return false;
	return true;
}

function binaryFile() {
	return new UnreadableFileError(
		'This is not a text CSV file (it holds binary data or is not UTF-8). Save it as "CSV UTF-8" and try again.'
	);
}
