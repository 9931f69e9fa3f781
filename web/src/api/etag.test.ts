import { describe, expect, it } from 'vitest';
import { etagOf, ifMatch, isStale, newerEtag, versionOf } from './etag';

describe('ETag handling', () => {
  it('reads the ETag of a response and sends it back in If-Match', () => {
    const response = new Response('{}', { headers: { ETag: '"7"' } });
    expect(etagOf(response)).toBe('"7"');
    expect(ifMatch('"7"')).toEqual({ 'If-Match': '"7"' });
    expect(ifMatch(null)).toEqual({});
    expect(etagOf(new Response('{}'))).toBeNull();
  });

  it('reads version numbers from strong and weak ETags', () => {
    expect(versionOf('"12"')).toBe(12);
    expect(versionOf('W/"12"')).toBe(12);
    expect(versionOf('"ab12cd"')).toBeNull();
    expect(versionOf(null)).toBeNull();
  });

  it('never rolls back to an older version when responses arrive out of order', () => {
    expect(newerEtag('"9"', '"8"')).toBe('"9"');
    expect(newerEtag('"9"', '"10"')).toBe('"10"');
    expect(newerEtag(null, '"3"')).toBe('"3"');
    expect(newerEtag('"abc"', '"def"')).toBe('"def"');
  });

  it('recognises a stale write', () => {
    expect(isStale(412, 'stale_etag')).toBe(true);
    expect(isStale(409, 'stale_etag')).toBe(true);
    expect(isStale(409, 'concurrent_change')).toBe(false);
  });
});
