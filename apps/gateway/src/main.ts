import 'reflect-metadata';
import { gatewayService } from '@sagewire/gateway';
import { runServiceProcess } from '@sagewire/service-kit';

void runServiceProcess(gatewayService);
