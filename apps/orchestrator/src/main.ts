import 'reflect-metadata';
import { orchestratorService } from '@sagewire/orchestrator';
import { runServiceProcess } from '@sagewire/service-kit';

void runServiceProcess(orchestratorService);
