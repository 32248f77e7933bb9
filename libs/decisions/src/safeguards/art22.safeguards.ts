/**
 * The safeguards the review gate enforces for every significant effect (GDPR Art. 22(3), Art. 13(2)(f)/15(1)(h),
 * ICO guidance on automated decision-making). The data map lists them for each processing that has gated effects.
 *
 * @example
 * ART22_SAFEGUARDS.map((s) => s.key); // ['human_review_before_effect', 'reviewer_authority', ...]
 */
export const ART22_SAFEGUARDS = Object.freeze([
  { key: 'human_review_before_effect', name: 'Human review before the effect', description: 'The effect can only be applied after an approved human review; the database refuses an effect row without one.' },
  { key: 'reviewer_authority', name: 'Reviewer with authority', description: 'Only members holding review permission in the workspace may review or apply.' },
  { key: 'reviewer_not_trigger', name: 'Independent reviewer', description: 'The person who triggered the automated run cannot review its decisions.' },
  { key: 'written_rationale', name: 'Written rationale', description: 'Every review (approve, modify, reject) records a written rationale.' },
  { key: 'inputs_and_explanation_to_reviewer', name: 'Inputs in front of the reviewer', description: 'The reviewer sees the inputs used, the score and the per-factor explanation.' },
  { key: 'explanation_to_subject', name: 'Explanation of the logic', description: 'The subject can obtain the logic involved and the main factors of their decision.' },
  { key: 'subject_point_of_view', name: 'Point of view', description: 'The subject can express their point of view; it is recorded on the decision.' },
  { key: 'contest_suspends_effect', name: 'Contest suspends the effect', description: 'A contested decision has its effect suspended until it is reviewed again.' },
  { key: 'different_reviewer_on_contest', name: 'Re-review by a different person', description: 'A contested decision must be reviewed by someone who has not reviewed it before.' },
  { key: 'audited_timeline', name: 'Audited timeline', description: 'Every step is kept in an append-only timeline per decision and in the access audit.' },
] as const);

/**
 * One of `ART22_SAFEGUARDS`.
 *
 * @example
 * const safeguard: Art22Safeguard = ART22_SAFEGUARDS[0];
 */
export type Art22Safeguard = (typeof ART22_SAFEGUARDS)[number];
