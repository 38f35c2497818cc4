import { erasureRequestedV1 } from './erasure-requested.v1';
import { eraseSubjectDataV1 } from './erase-subject-data.v1';
import { subjectDataErasedV1 } from './subject-data-erased.v1';
import { erasureFailedV1 } from './erasure-failed.v1';
import { erasureCompletedV1 } from './erasure-completed.v1';

/** Every contract of the erasure saga, in saga order. */
export const PRIVACY_CONTRACTS = [
  erasureRequestedV1,
  eraseSubjectDataV1,
  subjectDataErasedV1,
  erasureFailedV1,
  erasureCompletedV1,
] as const;
