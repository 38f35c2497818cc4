import 'reflect-metadata';
import { generationService } from '@sagewire/generation';
import { runServiceProcess } from '@sagewire/service-kit';

void runServiceProcess(generationService);
