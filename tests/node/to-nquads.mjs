// Turns a JSON-LD file into N-Quads with the reference JSON-LD processor, refusing any remote
// context: the document must carry its context inline. Usage: node to-nquads.mjs FILE
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const document = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const offline = async (url) => { throw new Error(`remote context refused: ${url}`); };
const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', documentLoader: offline, safe: true });
process.stdout.write(nquads);
