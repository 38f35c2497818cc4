import 'reflect-metadata';
import { retrievalService } from '@sagewire/retrieval';
import { runServiceProcess } from '@sagewire/service-kit';

void runServiceProcess(retrievalService);
