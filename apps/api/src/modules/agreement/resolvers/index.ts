import type { Resolvers } from '../../../generated/resolvers';
import { moveAgreement } from '../lifecycle-service';
import { addAgreementParty, removeAgreementParty, updateAgreementParty } from '../party-service';
import {
  createAgreement,
  deleteAgreement,
  getAgreement,
  listAgreements,
  updateAgreement,
} from '../service';
import { Agreement, AgreementParty } from './agreement';

export const agreementResolvers: Resolvers = {
  Query: {
    agreements: (_parent, args, ctx) => listAgreements(ctx, args),
    agreement: (_parent, { id }, ctx) => getAgreement(ctx, id),
  },
  Mutation: {
    createAgreement: (_parent, { input }, ctx) => createAgreement(ctx, input),
    updateAgreement: (_parent, { id, input }, ctx) => updateAgreement(ctx, id, input),
    deleteAgreement: (_parent, { id }, ctx) => deleteAgreement(ctx, id),
    addAgreementParty: (_parent, { agreementId, input }, ctx) =>
      addAgreementParty(ctx, agreementId, input),
    removeAgreementParty: (_parent, { partyId }, ctx) => removeAgreementParty(ctx, partyId),
    updateAgreementParty: (_parent, { partyId, input }, ctx) =>
      updateAgreementParty(ctx, partyId, input),
    proposeAgreement: (_parent, { id }, ctx) => moveAgreement(ctx, id, { move: 'propose' }),
    signAgreement: (_parent, { id, partyId }, ctx) =>
      moveAgreement(ctx, id, { move: 'sign', partyId }),
    activateAgreement: (_parent, { id }, ctx) => moveAgreement(ctx, id, { move: 'activate' }),
    completeAgreement: (_parent, { id, outcome, employment }, ctx) =>
      moveAgreement(ctx, id, { move: 'complete', outcome, employment }),
    terminateAgreement: (_parent, { id, reason }, ctx) =>
      moveAgreement(ctx, id, { move: 'terminate', reason }),
  },
  Agreement,
  AgreementParty,
};
