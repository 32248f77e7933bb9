import { DataSubject, NotPersonal, OwnedBy, PersonalData, ProcessingRole } from '@lawful/annotations';
import { Column, Entity, Index } from 'typeorm';
import { WorkspaceScopedEntity } from '../../common/workspace-scoped.entity';
import { User } from '../accounts/user.entity';

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
  @PersonalData({
    category: 'user.behavior.purchase_history',
    purposes: ['payments', 'compliance'],
    source: 'derived',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    description: 'amount in minor units (cents)',
  })
  amountCents!: number;

  @Column('text')
  @NotPersonal({ reason: 'ISO 4217 currency code' })
  currency!: string;

  @Column('timestamptz')
  @NotPersonal({ reason: 'transaction timestamp (drives retention)' })
  paidAt!: Date;

  @Column('text')
  @PersonalData({
    category: 'user.payment',
    purposes: ['payments', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    encrypted: true,
    description: 'tokenized Stripe payment method reference, never the card number',
  })
  cardToken!: string;

  @Column('text', { nullable: true })
  @PersonalData({
    category: 'user.payment',
    purposes: ['payments', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    encrypted: true,
    description: 'visa | mastercard | ...',
  })
  cardBrand!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({
    category: 'user.payment',
    purposes: ['payments', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    encrypted: true,
  })
  cardLast4!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({
    category: 'user.contact.address.street',
    purposes: ['payments', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    encrypted: true,
  })
  billingStreet!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({
    category: 'user.contact.address.city',
    purposes: ['payments', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    encrypted: true,
  })
  billingCity!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({
    category: 'user.contact.address.postal_code',
    purposes: ['payments', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    encrypted: true,
  })
  billingPostalCode!: string | null;

  @Column('text', { nullable: true })
  @PersonalData({
    category: 'user.contact.address.state',
    purposes: ['payments', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    encrypted: true,
  })
  billingState!: string | null;

  @Column('text')
  @PersonalData({
    category: 'user.contact.address.country',
    purposes: ['payments', 'compliance'],
    source: 'provided',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    encrypted: true,
  })
  billingCountry!: string;

  @Index({ unique: true })
  @Column('text')
  @PersonalData({
    category: 'user.payment',
    purposes: ['payments', 'compliance'],
    source: 'derived',
    retention: 'payment_records',
    recipients: ['stripe'],
    erasure: { strategy: 'delete', legalHold: { reason: 'legal_obligation', description: 'tax records, 7 years after last transaction' } },
    description: 'Stripe charge id',
  })
  stripeChargeId!: string;
}
