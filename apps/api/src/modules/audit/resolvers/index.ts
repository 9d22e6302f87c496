import type { Resolvers } from '../../../generated/resolvers';
import { aboutParticipant, auditEntityName } from '../entity-name';
import { listAuditEvents } from '../service';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_parent, args, ctx) => listAuditEvents(ctx, args),
  },
  AuditEvent: {
    id: (event) => String(event.id),
    user: (event, _args, ctx) => (event.userId ? ctx.loaders.user.load(event.userId) : null),
    entityName: (event, _args, ctx) => auditEntityName(ctx, event),
    aboutParticipant: (event, _args, ctx) => aboutParticipant(ctx, event),
  },
};
