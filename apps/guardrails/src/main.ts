import 'reflect-metadata';
import { guardrailsService } from '@sagewire/guardrails';
import { runServiceProcess } from '@sagewire/service-kit';

void runServiceProcess(guardrailsService);
