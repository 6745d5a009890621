import crypto from 'node:crypto';

/** Namespace of every storygraph STIX id: uuidv5(namespace, stable id) gives the same STIX id in every export. */
const STORYGRAPH_NAMESPACE = '3f1c8a52-7d4e-5b9a-8c61-2e0f4d7a9b13';

/**
 * RFC 9562 version-5 UUID (SHA-1 of namespace + name), as STIX 2.1 recommends for deterministic
 * ids. Node's crypto has v4 only, and these eight lines spare a dependency.
 */
export function uuidv5(name: string, namespace = STORYGRAPH_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = crypto.createHash('sha1').update(ns).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The STIX id of a storygraph thing, e.g. stixId('report', 'story:2025-12-08-…') = "report--…". */
export const stixId = (type: string, stableId: string): string => `${type}--${uuidv5(stableId)}`;
