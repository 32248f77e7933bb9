import { NotPersonal } from '@lawful/annotations';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Surrogate uuid key and timestamps shared by every entity. */
export abstract class BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  @NotPersonal({ reason: 'surrogate key' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  @NotPersonal({ reason: 'row timestamp' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  @NotPersonal({ reason: 'row timestamp' })
  updatedAt!: Date;
}
