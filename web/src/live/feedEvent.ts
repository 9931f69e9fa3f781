/**
 * One numbered change of a KK as the hub (`event(feed, event)`) and GET /conferences/{id}/events
 * deliver it (LV1). `payload` holds the event's fields as a JSON object; docs/API.md lists the
 * kinds and what each payload carries.
 */
export interface FeedEvent {
  readonly sequence: number | string;
  readonly at: string;
  readonly kind: string;
  readonly payload: unknown;
}

export function sequenceOf(event: FeedEvent): number {
  return Number(event.sequence);
}

/** The event's fields; anything but an object (a malformed event) reads as no fields. */
export function payloadOf(event: FeedEvent): Record<string, unknown> {
  const raw = event.payload;
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}
