export { AppError, UNEXPECTED_ERROR_CODE, describeError } from './app-error';
