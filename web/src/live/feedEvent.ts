/**
 * One numbered change of a KK as the hub and GET /conferences/{id}/events deliver it (LV1).
 * The fields arrive as `json` (a JSON string) today; a JSON object (`payload`, or `json` as an
 * object) is read the same way, so the client keeps working when the gateway sends objects.
 */
export interface FeedEvent {
  readonly sequence: number | string;
  readonly at: string;
  readonly kind: string;
  readonly json?: unknown;
  readonly payload?: unknown;
}

export function sequenceOf(event: FeedEvent): number {
  return Number(event.sequence);
}

/** The event's fields as an object, whichever way they were sent. */
export function payloadOf(event: FeedEvent): Record<string, unknown> {
  const raw = event.payload ?? event.json;
  if (typeof raw === 'string') {
    try {
      const parsed: unknown = JSON.parse(raw);
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
}
