/**
 * The jwk extractor (JSON Web Keys and JWK Sets) and its position-keeping JSON reader.
 * @module
 */
export { extractJwks, isJwkPath, jwkExtractor } from './extractor.js';
export { base64urlSize, jwkExtractions } from './key.js';
export { parseJson, type JsonNode, type JsonParse } from './json.js';
