import { nextDocumentProgress } from './document-status';

describe('nextDocumentProgress', () => {
  const at = (version: number, status: Parameters<typeof nextDocumentProgress>[0]['status']) => ({ version, status });

  it('moves forward through the steps of the latest version', () => {
    expect(nextDocumentProgress(at(1, 'registered'), { version: 1, status: 'parsed' })).toEqual(at(1, 'parsed'));
    expect(nextDocumentProgress(at(1, 'indexed'), { version: 1, status: 'active' })).toEqual(at(1, 'active'));
  });

  it('never moves back and ignores older versions', () => {
    expect(nextDocumentProgress(at(1, 'indexed'), { version: 1, status: 'parsed' })).toBeUndefined();
    expect(nextDocumentProgress(at(2, 'registered'), { version: 1, status: 'active' })).toBeUndefined();
  });

  it('follows the version ingestion assigned', () => {
    expect(nextDocumentProgress(at(1, 'active'), { version: 2, status: 'registered' })).toEqual(at(2, 'registered'));
  });

  it('records failures, keeps them over late steps of the same version, and keeps deletion final', () => {
    expect(nextDocumentProgress(at(1, 'chunked'), { version: 1, status: 'failed' })).toEqual(at(1, 'failed'));
    expect(nextDocumentProgress(at(1, 'failed'), { version: 1, status: 'embedded' })).toBeUndefined();
    expect(nextDocumentProgress(at(1, 'failed'), { version: 1, status: 'rolled_back' })).toEqual(at(1, 'rolled_back'));
    expect(nextDocumentProgress(at(1, 'failed'), { version: 1, status: 'active' })).toEqual(at(1, 'active'));
    expect(nextDocumentProgress(at(1, 'rolled_back'), { version: 1, status: 'failed' })).toBeUndefined();
    expect(nextDocumentProgress(at(2, 'failed'), { version: 3, status: 'registered' })).toEqual(at(3, 'registered'));
    expect(nextDocumentProgress(at(1, 'active'), { version: 1, status: 'failed' })).toBeUndefined();
    expect(nextDocumentProgress(at(1, 'active'), { status: 'deleted' })).toEqual(at(1, 'deleted'));
    expect(nextDocumentProgress(at(1, 'deleted'), { version: 2, status: 'registered' })).toBeUndefined();
  });

  it('holds a requested deletion against version events until DocumentDeleted', () => {
    expect(nextDocumentProgress(at(1, 'indexed'), { status: 'deleting' })).toEqual(at(1, 'deleting'));
    expect(nextDocumentProgress(at(1, 'deleting'), { version: 1, status: 'active' })).toBeUndefined();
    expect(nextDocumentProgress(at(1, 'deleting'), { version: 2, status: 'registered' })).toBeUndefined();
    expect(nextDocumentProgress(at(1, 'deleting'), { status: 'deleted' })).toEqual(at(1, 'deleted'));
    expect(nextDocumentProgress(at(1, 'deleted'), { status: 'deleting' })).toBeUndefined();
  });
});
