/**
 * Optimistic concurrency: a resource read with an ETag is changed with that ETag in If-Match;
 * the gateway answers 412 (code stale_etag) when someone changed it meanwhile, and the change
 * carries the new ETag back. A resource's cached value and its ETag travel together.
 */
export interface Versioned<T> {
  readonly value: T;
  readonly etag: string | null;
}

export function etagOf(response: Response): string | null {
  const etag = response.headers.get('ETag');
  return etag && etag.trim().length > 0 ? etag.trim() : null;
}

export function ifMatch(etag: string | null): Record<string, string> {
  return etag ? { 'If-Match': etag } : {};
}

/** The version number inside a strong or weak version ETag ("12", W/"12"), or null. */
export function versionOf(etag: string | null): number | null {
  const match = etag?.match(/^(?:W\/)?"(\d+)"$/);
  return match ? Number(match[1]) : null;
}

/** Keeps the newer of two ETags of one resource, so a late response never rolls the cache back. */
export function newerEtag(current: string | null, incoming: string | null): string | null {
  const a = versionOf(current);
  const b = versionOf(incoming);
  if (a === null || b === null) {
    return incoming ?? current;
  }
  return b >= a ? incoming : current;
}

export function isStale(status: number, code: string | undefined): boolean {
  return status === 412 || code === 'stale_etag';
}
