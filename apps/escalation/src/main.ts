import 'reflect-metadata';
import { escalationService } from '@sagewire/escalation';
import { runServiceProcess } from '@sagewire/service-kit';

void runServiceProcess(escalationService);
