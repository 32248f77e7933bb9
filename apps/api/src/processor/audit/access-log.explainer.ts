import { getMetadataStorage, isSameOrDescendant, type LegalBasis } from '@lawful/annotations';
import { buildDataMap, type DataMap, type DataMapField } from '@lawful/datamap';
import { Injectable } from '@nestjs/common';
import { ENTITIES } from '../../entities';
import type { AccessAuditRecord } from './access-audit-record.entity';
import type { AccessLogEntry, AccessLogRecipient } from './access-log.types';

/**
 * Explains recorded accesses from the data map (built once per process from the annotations): the purpose's
 * name, the legal bases that applied to the fields accessed for that purpose (a field's own override, else the
 * purpose's basis), and the recipients of those fields with their countries. Non-personal fields explain nothing.
 *
 * @example
 * const entry = explainer.explain(record); // { purpose: { id: 'service.crm', name: 'CRM', legalBases: ['contract'] }, ... }
 */
@Injectable()
export class AccessLogExplainer {
  private readonly map: DataMap = buildDataMap({ storage: getMetadataStorage(), entities: ENTITIES });
  private readonly fields = new Map(this.map.fields.map((f) => [`${f.entity}.${f.property}`, f]));
  private readonly recipients = new Map(this.map.recipients.map((r) => [r.id, r]));

  explain(record: AccessAuditRecord): AccessLogEntry {
    const personal = record.fields.map((p) => this.fields.get(`${record.entity}.${p}`)).filter((f): f is DataMapField => f !== undefined);
    return {
      occurredAt: record.occurredAt,
      actorId: record.actorId,
      action: record.action,
      entity: record.entity,
      fields: record.fields,
      purpose: this.purposeOf(record.purpose, personal),
      recipients: this.recipientsOf(personal),
    };
  }

  private purposeOf(id: string, fields: DataMapField[]): AccessLogEntry['purpose'] {
    const purpose = this.map.purposes.find((p) => p.id === id);
    // The basis of the field's purpose the access ran under (the same purpose or an ancestor of it).
    const bases = fields.flatMap((f) => f.purposes.filter((p) => isSameOrDescendant(id, p.id)).map((p) => p.legalBasis));
    const known = [...new Set(bases)].filter((b): b is LegalBasis => b !== null);
    return { id, name: purpose?.name ?? id, legalBases: known.length > 0 ? known : purpose?.legalBasis ? [purpose.legalBasis] : [] };
  }

  private recipientsOf(fields: DataMapField[]): AccessLogRecipient[] {
    const byId = new Map<string, AccessLogRecipient>();
    for (const field of fields) {
      for (const id of field.recipients) {
        const recipient = this.recipients.get(id);
        if (recipient === undefined) continue; // cannot happen once the annotations are sealed
        const entry = byId.get(id) ?? { id, name: recipient.name, countries: recipient.countries, safeguard: recipient.safeguard, fields: [] };
        entry.fields.push(field.property);
        byId.set(id, entry);
      }
    }
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }
}
