import { graphql } from '../gql';

/** What a pass did (or would do): counts per kind, the files not read, how long it took. */
export const LegacyImportReportFieldsFragment = graphql(`
  fragment LegacyImportReportFields on LegacyImportReport {
    seconds
    counts {
      kind
      read
      created
      updated
      unchanged
      refused
    }
    problems {
      file
      reasons {
        code
        message
      }
    }
  }
`);

/** An import's state, progress per kind and reports: the page polls it while a pass runs. */
export const LegacyImportQuery = graphql(`
  query LegacyImport($id: ID!) {
    legacyImport(id: $id) {
      id
      state
      failed
      fileNames
      createdAt
      progress {
        kind
        read
        processed
        total
      }
      dryRunReport {
        ...LegacyImportReportFields
      }
      runReport {
        ...LegacyImportReportFields
      }
    }
  }
`);

/** A page of a pass's refused rows with their reasons. */
export const LegacyImportRowsQuery = graphql(`
  query LegacyImportRows($id: ID!, $pass: LegacyImportPass!, $offset: Int!, $first: Int!) {
    legacyImportRows(id: $id, pass: $pass, outcome: REFUSED, offset: $offset, first: $first) {
      totalCount
      rows {
        kind
        rowNumber
        outcome
        reasons {
          code
          message
        }
      }
    }
  }
`);

/** Starts the dry run of the uploaded files. */
export const CheckLegacyImportMutation = graphql(`
  mutation CheckLegacyImport($id: ID!) {
    checkLegacyImport(id: $id) {
      id
      state
    }
  }
`);

/** Starts the real run after the dry run (once). */
export const RunLegacyImportMutation = graphql(`
  mutation RunLegacyImport($id: ID!) {
    runLegacyImport(id: $id) {
      id
      state
    }
  }
`);
