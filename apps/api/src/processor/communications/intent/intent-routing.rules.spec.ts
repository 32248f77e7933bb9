import fc from 'fast-check';
import type { WorkspaceRole } from '../../../controller/workspaces/workspace-role';
import { routeAssignee, type RoutingFacts } from './intent-routing.rules';
import { INTENTS } from './intent.model';

const [OWNER, ADMIN_B, ADMIN_A, MEMBER, VIEWER, GONE] = ['u-owner', 'u-admin-b', 'u-admin-a', 'u-member', 'u-viewer', 'u-gone'];
const roles = new Map<string, WorkspaceRole>([[OWNER, 'owner'], [ADMIN_B, 'admin'], [ADMIN_A, 'admin'], [MEMBER, 'member'], [VIEWER, 'viewer']]);
const facts = (over: Partial<RoutingFacts> = {}): RoutingFacts => ({ workspaceOwnerId: OWNER, roles, contactOwnerId: MEMBER, lastReplierId: MEMBER, ...over });

describe('intent routing rules', () => {
  it('routes complaints and cancellations to the owner, billing to the first admin, other nowhere', () => {
    expect(routeAssignee('complaint', facts())).toBe(OWNER);
    expect(routeAssignee('cancellation', facts())).toBe(OWNER);
    expect(routeAssignee('billing', facts())).toBe(ADMIN_A);
    expect(routeAssignee('billing', facts({ roles: new Map([[OWNER, 'owner']]) }))).toBe(OWNER);
    expect(routeAssignee('other', facts())).toBeNull();
  });

  it("routes sales to the contact's owner and support to the last replier, falling back when they cannot work it", () => {
    expect(routeAssignee('sales_inquiry', facts({ contactOwnerId: ADMIN_B }))).toBe(ADMIN_B);
    expect(routeAssignee('sales_inquiry', facts({ contactOwnerId: VIEWER }))).toBe(OWNER);
    expect(routeAssignee('sales_inquiry', facts({ contactOwnerId: null }))).toBe(OWNER);
    expect(routeAssignee('support', facts({ lastReplierId: ADMIN_B }))).toBe(ADMIN_B);
    expect(routeAssignee('support', facts({ lastReplierId: GONE, contactOwnerId: ADMIN_A }))).toBe(ADMIN_A);
    expect(routeAssignee('support', facts({ lastReplierId: VIEWER, contactOwnerId: VIEWER }))).toBe(OWNER);
  });

  it('never routes to a viewer or a non-member, whatever the facts', () => {
    const id = fc.constantFrom(OWNER, ADMIN_A, ADMIN_B, MEMBER, VIEWER, GONE);
    const anyRoles = fc.array(fc.tuple(id, fc.constantFrom<WorkspaceRole>('owner', 'admin', 'member', 'viewer'))).map((pairs) => new Map(pairs));
    fc.assert(
      fc.property(fc.constantFrom(...INTENTS), anyRoles, id, fc.option(id), fc.option(id), (intent, r, workspaceOwnerId, contactOwnerId, lastReplierId) => {
        const chosen = routeAssignee(intent, { roles: r, workspaceOwnerId, contactOwnerId, lastReplierId });
        if (chosen !== null) expect(['owner', 'admin', 'member']).toContain(r.get(chosen));
      }),
    );
  });
});
