import { LawfulError } from '@lawful/annotations';

/**
 * The workspace's labeled contacts cannot train a model: too few contacts with a won deal (positives) or with
 * only lost closed deals (negatives). The scoring routes answer it with 409 and its message (what to do).
 *
 * @example
 * throw new InsufficientTrainingDataError({ positives: 0, negatives: 12, minimumPerClass: 5 });
 */
export class InsufficientTrainingDataError extends LawfulError {
  constructor(readonly counts: { positives: number; negatives: number; minimumPerClass: number }) {
    super(
      'INSUFFICIENT_TRAINING_DATA',
      `Lead scoring needs at least ${counts.minimumPerClass} contacts with a won deal and ${counts.minimumPerClass} whose closed deals were all lost ` +
        `(the workspace has ${counts.positives} and ${counts.negatives} among the contacts that may be scored): close more deals as won and lost, then run scoring again`,
      { ...counts },
    );
  }
}
