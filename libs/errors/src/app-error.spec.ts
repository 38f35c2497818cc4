import { AppError, describeError, UNEXPECTED_ERROR_CODE } from './app-error';

describe('describeError', () => {
  it('reads code and retriability from an AppError', () => {
    const error = new AppError('RETRIEVAL.INDEX_MISSING', 'index gone', { retriable: false });
    expect(describeError(error)).toEqual({ code: 'RETRIEVAL.INDEX_MISSING', retriable: false, message: 'index gone' });
  });

  it('treats unknown errors as retriable with a generic code', () => {
    expect(describeError(new TypeError('boom'))).toEqual({ code: UNEXPECTED_ERROR_CODE, retriable: true, message: 'boom' });
    expect(describeError('text')).toEqual({ code: UNEXPECTED_ERROR_CODE, retriable: true, message: 'text' });
  });

  it('keeps the cause for diagnostics', () => {
    const cause = new Error('socket closed');
    expect(new AppError('X.Y', 'wrapped', { cause }).cause).toBe(cause);
  });
});
