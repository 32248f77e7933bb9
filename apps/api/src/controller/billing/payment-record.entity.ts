import { DataSubject, NotPersonal, OwnedBy, personalDataPreset, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../accounts/user.entity';

/** Payment data: billed through Stripe, kept 7 years after the last transaction for tax law (policy §7.2). */
const PaymentData = personalDataPreset({
  purposes: ['payments', 'compliance'],
  source: 'provided',
  retention: 'payment_records',
  recipients: ['stripe'],
  erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
});

/** One subscription payment by an account holder (policy §2.1 payment information: tokenized card details, billing address). */
@Entity('payment_records')
@DataSubject('account_holder')
@ProcessingRole('controller')
export class PaymentRecord extends WorkspaceScopedEntity {
  @Index()
  @Column('uuid')
  @OwnedBy(() => User)
  @NotPersonal({ reason: 'foreign key (payer); no FK constraint, records outlive the account' })
  userId!: string;

  @Column('integer')
  @PaymentData({ category: 'user.behavior.purchase_history', description: 'amount in minor units (cents)', source: 'derived' })
  amountCents!: number;

  @Column('text')
  @NotPersonal({ reason: 'ISO 4217 currency code' })
  currency!: string;

  @Column('timestamptz')
  @NotPersonal({ reason: 'transaction timestamp (drives retention)' })
  paidAt!: Date;

  @Column('text')
  @PaymentData({ category: 'user.payment', encrypted: true, description: 'tokenized Stripe payment method reference, never the card number' })
  cardToken!: string;

  @Column('text', { nullable: true })
  @PaymentData({ category: 'user.payment', encrypted: true, description: 'visa | mastercard | ...' })
  cardBrand!: string | null;

  @Column('text', { nullable: true })
  @PaymentData({ category: 'user.payment', encrypted: true })
  cardLast4!: string | null;

  @Column('text', { nullable: true })
  @PaymentData({ category: 'user.contact.address.street', encrypted: true })
  billingStreet!: string | null;

  @Column('text', { nullable: true })
  @PaymentData({ category: 'user.contact.address.city', encrypted: true })
  billingCity!: string | null;

  @Column('text', { nullable: true })
  @PaymentData({ category: 'user.contact.address.postal_code', encrypted: true })
  billingPostalCode!: string | null;

  @Column('text', { nullable: true })
  @PaymentData({ category: 'user.contact.address.state', encrypted: true })
  billingState!: string | null;

  @Column('text')
  @PaymentData({ category: 'user.contact.address.country', encrypted: true })
  billingCountry!: string;

  @Index({ unique: true })
  @Column('text')
  @PaymentData({ category: 'user.payment', description: 'Stripe charge id', source: 'derived' })
  stripeChargeId!: string;
}
