/** Entities whose data the platform processes as processor on behalf of a workspace (CRM, projects, communications). */
export const PROCESSOR_ENTITIES = [];
