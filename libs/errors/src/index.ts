export { AppError, UNEXPECTED_ERROR_CODE, describeError } from './app-error';
export { networkErrorCode, redactSecrets } from './provider-errors';
