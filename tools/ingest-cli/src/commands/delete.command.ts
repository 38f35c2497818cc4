import type { DeleteCommand } from '../cli/args';
import type { Output } from '../cli/output';
import type { GatewayClient } from '../gateway/gateway-client';
import { deletionOutcome, describeDocument } from '../wait/document-outcomes';
import { waitFor } from '../wait/wait-for';

/** Asks for the deletion; with --wait, polls until ingestion has done it. */
export async function runDelete(command: DeleteCommand, deps: { client: GatewayClient; output: Output; pollIntervalMs: number }): Promise<number> {
  const accepted = await deps.client.delete(command.documentId);
  if (!command.wait) {
    deps.output.stdout(command.json ? `${JSON.stringify(accepted)}\n` : `${accepted.documentId}: ${accepted.status}\n`);
    return 0;
  }
  if (!command.json) deps.output.stdout(`${accepted.documentId}: ${accepted.status}, waiting...\n`);
  const outcome = await waitFor({
    read: () => deps.client.get(command.documentId),
    settle: deletionOutcome,
    intervalMs: deps.pollIntervalMs,
    timeoutMs: command.waitTimeoutSeconds * 1000,
    describe: describeDocument,
  });
  if (command.json) deps.output.stdout(`${JSON.stringify({ documentId: command.documentId, status: outcome.ok ? 'deleted' : 'deleting', ...(outcome.ok ? {} : { error: outcome.reason }) })}\n`);
  else deps.output.stdout(outcome.ok ? `${command.documentId}: deleted\n` : `${command.documentId}: not deleted: ${outcome.reason}\n`);
  return outcome.ok ? 0 : 1;
}
