/** The gateway's durable consumer group: budget commands, conversation history, document status. */
export const GATEWAY_EVENTS = Symbol('gateway-events');

/** The per-replica fan-out group: pushes query and ticket events to the client connections this process holds. */
export const GATEWAY_STREAM = Symbol('gateway-stream');
