import { graphql } from '../../gql';

/** The records a coordinator archives, restores and deletes from their detail pages, by GraphQL type. */
export type ArchivableType = 'Organization' | 'Person' | 'Network' | 'Opportunity';

/** Each type's three mutations; archive and restore answer the new `archivedAt`, so the cache updates itself. */
export const ARCHIVE_DOCUMENTS = {
  Organization: {
    archive: graphql(`
      mutation ArchiveOrganization($id: ID!) {
        archiveOrganization(id: $id) {
          id
          archivedAt
        }
      }
    `),
    restore: graphql(`
      mutation RestoreOrganization($id: ID!) {
        restoreOrganization(id: $id) {
          id
          archivedAt
        }
      }
    `),
    remove: graphql(`
      mutation DeleteOrganization($id: ID!) {
        deleteOrganization(id: $id)
      }
    `),
  },
  Person: {
    archive: graphql(`
      mutation ArchivePerson($id: ID!) {
        archivePerson(id: $id) {
          id
          archivedAt
        }
      }
    `),
    restore: graphql(`
      mutation RestorePerson($id: ID!) {
        restorePerson(id: $id) {
          id
          archivedAt
        }
      }
    `),
    remove: graphql(`
      mutation DeletePerson($id: ID!) {
        deletePerson(id: $id)
      }
    `),
  },
  Network: {
    archive: graphql(`
      mutation ArchiveNetwork($id: ID!) {
        archiveNetwork(id: $id) {
          id
          archivedAt
        }
      }
    `),
    restore: graphql(`
      mutation RestoreNetwork($id: ID!) {
        restoreNetwork(id: $id) {
          id
          archivedAt
        }
      }
    `),
    remove: graphql(`
      mutation DeleteNetwork($id: ID!) {
        deleteNetwork(id: $id)
      }
    `),
  },
  Opportunity: {
    archive: graphql(`
      mutation ArchiveOpportunity($id: ID!) {
        archiveOpportunity(id: $id) {
          id
          archivedAt
        }
      }
    `),
    restore: graphql(`
      mutation RestoreOpportunity($id: ID!) {
        restoreOpportunity(id: $id) {
          id
          archivedAt
        }
      }
    `),
    remove: graphql(`
      mutation DeleteOpportunity($id: ID!) {
        deleteOpportunity(id: $id)
      }
    `),
  },
} as const;
