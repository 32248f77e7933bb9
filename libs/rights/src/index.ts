export { JURISDICTIONS } from './types/jurisdiction.types';
export type { Jurisdiction } from './types/jurisdiction.types';
export { DATA_SUBJECT_RIGHTS } from './types/data-subject-right.types';
export type { DataSubjectRight } from './types/data-subject-right.types';
export type { Period } from './types/period.types';
export type { RequestExtension, SubjectRequest } from './types/subject-request.types';
export type { DeadlineOptions, RequestDeadlines } from './types/deadlines.types';

export { JURISDICTION_RULES } from './rules/jurisdiction.rules';
export type { JurisdictionRule } from './rules/jurisdiction-rule.types';
export { addDays, addMonths, addPeriod, daysBetween, isoDay, utcDay } from './dates/utc-date.util';
export { addBusinessDays, isBusinessDay } from './dates/business-days.util';

export { computeDeadlines } from './deadlines/deadline.calculator';
export { extend } from './deadlines/request.extender';
export { classify } from './deadlines/request.classifier';
export type { ClassifiedRequest, RequestClassification } from './deadlines/request.classifier';

export { RightsError } from './errors/rights.error';
export { ExtensionNotAllowedError } from './errors/extension-not-allowed.error';
export { ExtensionLimitError } from './errors/extension-limit.error';
export { ExtensionTooLongError } from './errors/extension-too-long.error';
export { MissingExtensionReasonError } from './errors/missing-extension-reason.error';
export { InvalidExtensionError } from './errors/invalid-extension.error';

export { planErasure } from './erasure/erasure.planner';
export { subjectGraph } from './graph/subject.graph';
export type { SubjectGraph, SubjectGraphNode, SubjectGraphOptions } from './graph/subject.graph';
export { subjectFields } from './graph/subject-fields.util';
export type { ErasureAction, ErasurePlan, ErasureStep, FieldErasurePlan, HeldField, OwnershipHop, OwnershipPath } from './erasure/erasure-plan.types';
export { ErasurePlanError } from './erasure/erasure-plan.error';
export { UnknownErasureSubjectError } from './erasure/unknown-erasure-subject.error';
export { OwnershipCycleError } from './erasure/ownership-cycle.error';

export { csvField, csvLine } from './format/csv.encoder';
export { parseCsv } from './format/csv.parser';

export { buildSubjectExport } from './export/subject-export.builder';
export type { SubjectExportInput } from './export/subject-export.builder';
export { subjectExportCsv, SUBJECT_EXPORT_CSV_HEADER } from './export/subject-export-csv.util';
export { fieldFacts } from './export/field-facts.util';
export { isPortable } from './export/portability.util';
export type { ExportedRecord, ExportedValue, FieldFacts, SubjectExport, SubjectExportScope, SubjectRows } from './export/subject-export.types';
