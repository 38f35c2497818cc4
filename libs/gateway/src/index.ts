// Public API of the gateway service. Explicit named exports only.
export { gatewayService } from './lib/gateway.service';
