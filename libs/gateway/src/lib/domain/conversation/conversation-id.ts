const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The gateway names its conversations by UUID: an event about any other id is about a
 * conversation this gateway does not hold (and would not fit its uuid columns).
 */
export function isConversationId(id: string): boolean {
  return UUID.test(id);
}
