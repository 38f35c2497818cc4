import { logLevel, type logCreator } from 'kafkajs';
import type { MessagingLogger } from '../logger';

/** Routes kafkajs' own logs into our structured logger (kafkajs logs no credentials). */
export function kafkaLogCreator(logger: MessagingLogger): logCreator {
  return () => ({ level, log }) => {
    const { message, ...fields } = log;
    const text = `kafkajs: ${message}`;
    if (level === logLevel.ERROR) logger.error(text, fields);
    else if (level === logLevel.WARN) logger.warn(text, fields);
    else logger.info(text, fields);
  };
}
