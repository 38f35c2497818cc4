import 'reflect-metadata';
import { auditService } from '@sagewire/audit';
import { runServiceProcess } from '@sagewire/service-kit';

void runServiceProcess(auditService);
