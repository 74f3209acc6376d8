import { StringDecoder } from 'node:string_decoder';
import type { Entry, ZipFile } from 'yauzl';
import { entryBytes } from '../zip';

/**
 * A part's text, inflated and decoded a piece at a time: a large sheet never sits in memory as
 * one string, and a character split between two pieces is decoded whole. `maxBytes` bounds the
 * inflated bytes (see entryBytes).
 */
export async function* partText(zip: ZipFile, entry: Entry, maxBytes?: number): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of entryBytes(zip, entry, maxBytes)) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
