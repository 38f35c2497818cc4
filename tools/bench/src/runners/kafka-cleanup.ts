import type { Admin } from 'kafkajs';

/**
 * Deletes the bench's own topics and groups, by exact name (never by pattern: the broker may
 * be shared with tests and other work). A failure is reported, not thrown: results are kept.
 */
export async function deleteByName(admin: Admin, topics: readonly string[], groups: readonly string[]): Promise<void> {
  try {
    if (groups.length > 0) await admin.deleteGroups([...groups]);
    if (topics.length > 0) await admin.deleteTopics({ topics: [...topics] });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`bench: could not delete bench topics/groups (${message}); delete them by name: ${[...topics, ...groups].join(' ')}\n`);
  }
}
