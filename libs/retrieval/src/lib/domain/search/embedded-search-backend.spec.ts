import { describeSearchBackendBehaviour } from '../../../test/search-backend-behaviour';
import { EmbeddedSearchBackend } from './embedded-search-backend';

describeSearchBackendBehaviour('embedded', async () => new EmbeddedSearchBackend(), (backend) => backend.close());
