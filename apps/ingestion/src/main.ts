import 'reflect-metadata';
import { ingestionService } from '@sagewire/ingestion';
import { runServiceProcess } from '@sagewire/service-kit';

void runServiceProcess(ingestionService);
