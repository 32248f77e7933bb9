import { NotPersonal, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';

/** A workspace's paid subscription and its billing contact (policy §2.1 payment information). */
@Entity('subscriptions')
@ProcessingRole('controller')
export class Subscription extends WorkspaceScopedEntity {
  @Column('text')
  @NotPersonal({ reason: 'plan key' })
  plan!: string;

  @Column('text')
  @NotPersonal({ reason: 'subscription status' })
  status!: string;

  @Column('timestamptz', { nullable: true })
  @NotPersonal({ reason: 'billing period timestamp' })
  currentPeriodEnd!: Date | null;

  @Column('text', { nullable: true })
  @PersonalData({
    category: 'user.unique_id',
    subject: 'account_holder',
    purposes: ['payments', 'compliance'],
    source: 'derived',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    description: 'Stripe customer id of the payer',
  })
  stripeCustomerId!: string | null;

  @Column('text')
  @PersonalData({
    category: 'user.contact.email',
    subject: 'account_holder',
    purposes: ['payments', 'communication', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    description: 'billing email for invoices and billing updates',
  })
  billingEmail!: string;
}
