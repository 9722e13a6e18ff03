/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    organisation\n    contactName\n    contactEmail\n    purpose\n    scopes\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n    usageCount\n  }\n": typeof types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": typeof types.IssueApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  fragment ApplicationFields on Application {\n    id\n    kind\n    status\n    version\n    submittedAt\n    leaderFunction\n    requestedTitle\n    qualificationRoute\n    reRegistrationRoute\n    claimedLevel\n    evidenceDate\n    institution\n    certificationValidFrom\n    certificationValidUntil\n    enrolledOn\n    expectedEndDate\n    nvaoAccredited\n    alignedWithStandard\n    leaderNote\n    staffMessage\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n    meeting {\n      id\n      meetingDate\n      location\n    }\n    documents {\n      id\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n    decision {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n      reasons\n      isException\n      exceptionJustification\n      grantedLevel\n      objections {\n        id\n        status\n        filedOn\n        grounds\n        decidedOn\n        outcomeReasons\n        version\n      }\n    }\n  }\n": typeof types.ApplicationFieldsFragmentDoc,
    "\n  query CommitteeMeetings($from: Date) {\n    committeeMeetings(from: $from) {\n      id\n      meetingDate\n      location\n      agenda {\n        id\n        status\n      }\n    }\n  }\n": typeof types.CommitteeMeetingsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query BoardLeaders($status: [RegistrationStatus!], $dueBefore: Date, $first: Int, $after: String) {\n    boardLeaders(status: $status, dueBefore: $dueBefore, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          registerNumber\n          employments {\n            id\n            function\n            schoolName\n            boardName\n            endsOn\n          }\n          registration {\n            id\n            title\n            aspirant\n            status\n            reRegistrationDue\n          }\n        }\n      }\n    }\n  }\n": typeof types.BoardLeadersDocument,
    "\n  fragment CompletionFields on Completion {\n    id\n    executionId\n    completedOn\n    source\n    status\n    handledOn\n    handlingNote\n    version\n    offeringTitle\n    ownerName\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n  }\n": typeof types.CompletionFieldsFragmentDoc,
    "\n  query MyCompletions {\n    myCompletions {\n      ...CompletionFields\n    }\n  }\n": typeof types.MyCompletionsDocument,
    "\n  query CertificateOfferings {\n    certifiedOfferings(first: 100) {\n      edges {\n        node {\n          id\n          title\n          owner {\n            name\n          }\n          upcomingExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n          }\n          recentExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n          }\n        }\n      }\n    }\n  }\n": typeof types.CertificateOfferingsDocument,
    "\n  mutation SubmitCertificate($executionId: ID!, $completedOn: Date!) {\n    submitCertificate(executionId: $executionId, completedOn: $completedOn) {\n      ...CompletionFields\n    }\n  }\n": typeof types.SubmitCertificateDocument,
    "\n  query CertificatesToVerify {\n    certificatesToVerify {\n      ...CompletionFields\n    }\n  }\n": typeof types.CertificatesToVerifyDocument,
    "\n  mutation VerifyCertificate($id: ID!, $version: Int!, $approve: Boolean!, $reason: String) {\n    verifyCertificate(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CompletionFields\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  query OfferingsToCertify {\n    offeringsToCertify {\n      ...OfferingFields\n    }\n  }\n": typeof types.OfferingsToCertifyDocument,
    "\n  mutation DecideCertification($id: ID!, $version: Int!, $input: CertificationDecisionInput!) {\n    decideCertification(id: $id, version: $version, input: $input) {\n      ...OfferingFields\n    }\n  }\n": typeof types.DecideCertificationDocument,
    "\n  mutation FileCertificationObjection($certificationId: ID!, $grounds: String!) {\n    fileCertificationObjection(certificationId: $certificationId, grounds: $grounds) {\n      id\n      status\n      filedOn\n    }\n  }\n": typeof types.FileCertificationObjectionDocument,
    "\n  query CertificationObjections {\n    certificationObjections {\n      id\n      version\n      certificationId\n      filedOn\n      grounds\n      status\n    }\n  }\n": typeof types.CertificationObjectionsDocument,
    "\n  mutation DecideCertificationObjection($id: ID!, $version: Int!, $upheld: Boolean!, $reasons: String!) {\n    decideCertificationObjection(id: $id, version: $version, upheld: $upheld, reasons: $reasons) {\n      id\n      status\n      decidedOn\n    }\n  }\n": typeof types.DecideCertificationObjectionDocument,
    "\n  query CommitteeMeetingAgenda($id: ID!) {\n    committeeMeeting(id: $id) {\n      id\n      meetingDate\n      location\n      agenda {\n        ...ApplicationFields\n      }\n    }\n  }\n": typeof types.CommitteeMeetingAgendaDocument,
    "\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n    }\n  }\n": typeof types.DecideApplicationDocument,
    "\n  mutation DecideAgenda($meetingId: ID!, $decisions: [DecisionInput!]!) {\n    decideAgenda(meetingId: $meetingId, decisions: $decisions) {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n    }\n  }\n": typeof types.DecideAgendaDocument,
    "\n  fragment DeferralFields on DeferralRequest {\n    id\n    kind\n    reason\n    motivation\n    requestedOn\n    requestedDueDate\n    status\n    decidedOn\n    grantedDueDate\n    decisionReasons\n    version\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n  }\n": typeof types.DeferralFieldsFragmentDoc,
    "\n  query MyDeferralRequests {\n    myDeferralRequests {\n      ...DeferralFields\n    }\n  }\n": typeof types.MyDeferralRequestsDocument,
    "\n  mutation RequestDeferral($kind: DeferralKind!, $reason: DeferralReason!, $requestedDueDate: Date!, $motivation: String) {\n    requestDeferral(kind: $kind, reason: $reason, requestedDueDate: $requestedDueDate, motivation: $motivation) {\n      ...DeferralFields\n    }\n  }\n": typeof types.RequestDeferralDocument,
    "\n  query DeferralRequests($includeDecided: Boolean!) {\n    deferralRequests(includeDecided: $includeDecided) {\n      ...DeferralFields\n    }\n  }\n": typeof types.DeferralRequestsDocument,
    "\n  mutation DecideDeferral($id: ID!, $version: Int!, $outcome: DeferralOutcome!, $newDueDate: Date, $reasons: String) {\n    decideDeferral(id: $id, version: $version, outcome: $outcome, newDueDate: $newDueDate, reasons: $reasons) {\n      ...DeferralFields\n    }\n  }\n": typeof types.DecideDeferralDocument,
    "\n  query MyProfile {\n    myProfile {\n      ...RegistrationCardFields\n      employments {\n        id\n        boardName\n        schoolName\n        function\n        startsOn\n        endsOn\n      }\n      developmentPlan {\n        themeId\n        code\n        name\n        addedOn\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query PlannableThemes($activeOn: Date!) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      isWildcard\n    }\n  }\n": typeof types.PlannableThemesDocument,
    "\n  mutation SetDevelopmentPlan($themeIds: [ID!]!) {\n    setDevelopmentPlan(themeIds: $themeIds) {\n      id\n      developmentPlan {\n        themeId\n        code\n        name\n        addedOn\n      }\n    }\n  }\n": typeof types.SetDevelopmentPlanDocument,
    "\n  query MyApplications {\n    myApplications {\n      ...ApplicationFields\n    }\n  }\n": typeof types.MyApplicationsDocument,
    "\n  query MyApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.MyApplicationDocument,
    "\n  mutation CreateApplication($kind: ApplicationKind!, $input: ApplicationInput!) {\n    createApplication(kind: $kind, input: $input) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.CreateApplicationDocument,
    "\n  mutation UpdateApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {\n    updateApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.UpdateApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!, $version: Int!) {\n    submitApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.SubmitApplicationDocument,
    "\n  mutation FileObjection($decisionId: ID!, $grounds: String!) {\n    fileObjection(decisionId: $decisionId, grounds: $grounds) {\n      id\n      status\n      filedOn\n    }\n  }\n": typeof types.FileObjectionDocument,
    "\n  query MyLetters {\n    myLetters {\n      id\n      subject\n      datedOn\n      pdfUrl\n    }\n  }\n": typeof types.MyLettersDocument,
    "\n  query LeaderProfile($id: ID!) {\n    leaderProfile(id: $id) {\n      ...RegistrationCardFields\n      email\n      employments {\n        id\n        boardName\n        schoolName\n        function\n        startsOn\n        endsOn\n      }\n    }\n  }\n": typeof types.LeaderProfileDocument,
    "\n  mutation Deregister($registrationId: ID!, $version: Int!, $on: Date!, $reason: String!) {\n    deregister(registrationId: $registrationId, version: $version, on: $on, reason: $reason) {\n      ...RegistrationCardFields\n    }\n  }\n": typeof types.DeregisterDocument,
    "\n  fragment ThemeProgressFields on ThemeProgress {\n    periodStartsOn\n    dueDate\n    themes {\n      completed\n      completedOn\n      route\n      basis\n      theme {\n        code\n        name\n      }\n      coveredSubthemes {\n        code\n        name\n      }\n      missingSubthemes {\n        code\n        name\n      }\n    }\n    evaluation {\n      eligible\n      route\n      themesCompleted\n      themesMissing\n      themesRequired\n      nextDueDate\n      newLevel\n      explanation\n    }\n  }\n": typeof types.ThemeProgressFieldsFragmentDoc,
    "\n  query MyThemeProgress {\n    myThemeProgress {\n      ...ThemeProgressFields\n    }\n  }\n": typeof types.MyThemeProgressDocument,
    "\n  query WhatIfReRegistration($offeringIds: [ID!]!) {\n    whatIfReRegistration(offeringIds: $offeringIds) {\n      ...ThemeProgressFields\n    }\n  }\n": typeof types.WhatIfReRegistrationDocument,
    "\n  query CertifiedOfferings($query: String, $first: Int) {\n    certifiedOfferings(query: $query, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          owner {\n            name\n          }\n          themes {\n            code\n            name\n          }\n          subthemes {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CertifiedOfferingsDocument,
    "\n  fragment OfferingFields on Offering {\n    id\n    title\n    kind\n    description\n    hours\n    leadsToLevel\n    status\n    submittedOn\n    ownerName\n    version\n    claimedThemes {\n      code\n      name\n    }\n    claimedSubthemes {\n      code\n      name\n    }\n    currentCertification {\n      id\n      validFrom\n      validUntil\n      themes {\n        code\n        name\n      }\n      subthemes {\n        code\n        name\n      }\n    }\n    certifications {\n      id\n      outcome\n      decidedOn\n      grounds\n      validFrom\n      validUntil\n    }\n    executions {\n      id\n      startsOn\n      endsOn\n      location\n      online\n      capacity\n      version\n    }\n  }\n": typeof types.OfferingFieldsFragmentDoc,
    "\n  query MyProvider {\n    myProvider {\n      id\n      name\n      kvkNumber\n      contactEmail\n      website\n    }\n  }\n": typeof types.MyProviderDocument,
    "\n  query MyOfferings {\n    myOfferings {\n      ...OfferingFields\n    }\n  }\n": typeof types.MyOfferingsDocument,
    "\n  query Offering($id: ID!) {\n    offering(id: $id) {\n      ...OfferingFields\n    }\n  }\n": typeof types.OfferingDocument,
    "\n  query ClaimableThemes($activeOn: Date!) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      subthemes(activeOn: $activeOn) {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.ClaimableThemesDocument,
    "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) {\n      ...OfferingFields\n    }\n  }\n": typeof types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($id: ID!, $version: Int!, $input: OfferingInput!) {\n    updateOffering(id: $id, version: $version, input: $input) {\n      ...OfferingFields\n    }\n  }\n": typeof types.UpdateOfferingDocument,
    "\n  mutation SubmitOffering($id: ID!, $version: Int!) {\n    submitOffering(id: $id, version: $version) {\n      ...OfferingFields\n    }\n  }\n": typeof types.SubmitOfferingDocument,
    "\n  mutation PublishExecution($offeringId: ID!, $input: ExecutionInput!) {\n    publishExecution(offeringId: $offeringId, input: $input) {\n      id\n      startsOn\n      endsOn\n      location\n      online\n      capacity\n      version\n    }\n  }\n": typeof types.PublishExecutionDocument,
    "\n  fragment CompletionReportFields on RecordCompletionsResult {\n    executionId\n    total\n    recorded\n    alreadyRecorded\n    rejected\n    rows {\n      row\n      registerNumber\n      status\n      code\n      message\n    }\n  }\n": typeof types.CompletionReportFieldsFragmentDoc,
    "\n  query ExecutionCompletions($executionId: ID!) {\n    executionCompletions(executionId: $executionId) {\n      id\n      completedOn\n      status\n      source\n      handlingNote\n      version\n      leader {\n        id\n        displayName\n        registerNumber\n      }\n    }\n  }\n": typeof types.ExecutionCompletionsDocument,
    "\n  mutation RecordCompletions($executionId: ID!, $completions: [CompletionInput!]!) {\n    recordCompletions(executionId: $executionId, completions: $completions) {\n      ...CompletionReportFields\n    }\n  }\n": typeof types.RecordCompletionsDocument,
    "\n  mutation WithdrawCompletion($id: ID!, $version: Int!, $reason: String!) {\n    withdrawCompletion(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      handlingNote\n      version\n    }\n  }\n": typeof types.WithdrawCompletionDocument,
    "\n  fragment RegistrationCardFields on LeaderProfile {\n    id\n    displayName\n    registerNumber\n    enrolledOn\n    registration {\n      id\n      version\n      title\n      aspirant\n      aspirantUntil\n      level\n      status\n      registeredOn\n      periodStartsOn\n      reRegistrationDue\n      expiresOn\n      deregisteredOn\n    }\n  }\n": typeof types.RegistrationCardFieldsFragmentDoc,
    "\n  query ApplicationCounts {\n    applicationCounts {\n      status\n      count\n    }\n  }\n": typeof types.ApplicationCountsDocument,
    "\n  query ApplicationQueue($status: [ApplicationStatus!], $kind: [ApplicationKind!], $first: Int, $after: String) {\n    applications(status: $status, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          status\n          submittedAt\n          version\n          leader {\n            id\n            displayName\n            registerNumber\n          }\n          meeting {\n            id\n            meetingDate\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApplicationQueueDocument,
    "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.StaffApplicationDocument,
    "\n  mutation ReturnApplication($id: ID!, $message: String!, $version: Int!) {\n    returnApplication(id: $id, message: $message, version: $version) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ReturnApplicationDocument,
    "\n  mutation MarkApplicationComplete($id: ID!, $version: Int!) {\n    markApplicationComplete(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.MarkApplicationCompleteDocument,
    "\n  mutation ScheduleApplication($id: ID!, $meetingId: ID!, $version: Int!) {\n    scheduleApplication(id: $id, meetingId: $meetingId, version: $version) {\n      ...ApplicationFields\n    }\n  }\n": typeof types.ScheduleApplicationDocument,
    "\n  mutation PlanCommitteeMeeting($meetingDate: Date!, $location: String) {\n    planCommitteeMeeting(meetingDate: $meetingDate, location: $location) {\n      id\n      meetingDate\n      location\n    }\n  }\n": typeof types.PlanCommitteeMeetingDocument,
    "\n  query EmailOutbox($status: [EmailStatus!], $first: Int, $after: String) {\n    emailOutbox(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          toAddress\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          lastError\n        }\n      }\n    }\n  }\n": typeof types.EmailOutboxDocument,
    "\n  query AdminThemes {\n    themes {\n      id\n      code\n      name\n      description\n      isWildcard\n      validFrom\n      validUntil\n      subthemes {\n        id\n        code\n        name\n        description\n      }\n    }\n  }\n": typeof types.AdminThemesDocument,
};
const documents: Documents = {
    "\n  fragment ApiKeyFields on ApiKey {\n    id\n    organisation\n    contactName\n    contactEmail\n    purpose\n    scopes\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n    usageCount\n  }\n": types.ApiKeyFieldsFragmentDoc,
    "\n  query ApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n": types.IssueApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  fragment ApplicationFields on Application {\n    id\n    kind\n    status\n    version\n    submittedAt\n    leaderFunction\n    requestedTitle\n    qualificationRoute\n    reRegistrationRoute\n    claimedLevel\n    evidenceDate\n    institution\n    certificationValidFrom\n    certificationValidUntil\n    enrolledOn\n    expectedEndDate\n    nvaoAccredited\n    alignedWithStandard\n    leaderNote\n    staffMessage\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n    meeting {\n      id\n      meetingDate\n      location\n    }\n    documents {\n      id\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n    decision {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n      reasons\n      isException\n      exceptionJustification\n      grantedLevel\n      objections {\n        id\n        status\n        filedOn\n        grounds\n        decidedOn\n        outcomeReasons\n        version\n      }\n    }\n  }\n": types.ApplicationFieldsFragmentDoc,
    "\n  query CommitteeMeetings($from: Date) {\n    committeeMeetings(from: $from) {\n      id\n      meetingDate\n      location\n      agenda {\n        id\n        status\n      }\n    }\n  }\n": types.CommitteeMeetingsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query BoardLeaders($status: [RegistrationStatus!], $dueBefore: Date, $first: Int, $after: String) {\n    boardLeaders(status: $status, dueBefore: $dueBefore, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          registerNumber\n          employments {\n            id\n            function\n            schoolName\n            boardName\n            endsOn\n          }\n          registration {\n            id\n            title\n            aspirant\n            status\n            reRegistrationDue\n          }\n        }\n      }\n    }\n  }\n": types.BoardLeadersDocument,
    "\n  fragment CompletionFields on Completion {\n    id\n    executionId\n    completedOn\n    source\n    status\n    handledOn\n    handlingNote\n    version\n    offeringTitle\n    ownerName\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n  }\n": types.CompletionFieldsFragmentDoc,
    "\n  query MyCompletions {\n    myCompletions {\n      ...CompletionFields\n    }\n  }\n": types.MyCompletionsDocument,
    "\n  query CertificateOfferings {\n    certifiedOfferings(first: 100) {\n      edges {\n        node {\n          id\n          title\n          owner {\n            name\n          }\n          upcomingExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n          }\n          recentExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n          }\n        }\n      }\n    }\n  }\n": types.CertificateOfferingsDocument,
    "\n  mutation SubmitCertificate($executionId: ID!, $completedOn: Date!) {\n    submitCertificate(executionId: $executionId, completedOn: $completedOn) {\n      ...CompletionFields\n    }\n  }\n": types.SubmitCertificateDocument,
    "\n  query CertificatesToVerify {\n    certificatesToVerify {\n      ...CompletionFields\n    }\n  }\n": types.CertificatesToVerifyDocument,
    "\n  mutation VerifyCertificate($id: ID!, $version: Int!, $approve: Boolean!, $reason: String) {\n    verifyCertificate(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CompletionFields\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  query OfferingsToCertify {\n    offeringsToCertify {\n      ...OfferingFields\n    }\n  }\n": types.OfferingsToCertifyDocument,
    "\n  mutation DecideCertification($id: ID!, $version: Int!, $input: CertificationDecisionInput!) {\n    decideCertification(id: $id, version: $version, input: $input) {\n      ...OfferingFields\n    }\n  }\n": types.DecideCertificationDocument,
    "\n  mutation FileCertificationObjection($certificationId: ID!, $grounds: String!) {\n    fileCertificationObjection(certificationId: $certificationId, grounds: $grounds) {\n      id\n      status\n      filedOn\n    }\n  }\n": types.FileCertificationObjectionDocument,
    "\n  query CertificationObjections {\n    certificationObjections {\n      id\n      version\n      certificationId\n      filedOn\n      grounds\n      status\n    }\n  }\n": types.CertificationObjectionsDocument,
    "\n  mutation DecideCertificationObjection($id: ID!, $version: Int!, $upheld: Boolean!, $reasons: String!) {\n    decideCertificationObjection(id: $id, version: $version, upheld: $upheld, reasons: $reasons) {\n      id\n      status\n      decidedOn\n    }\n  }\n": types.DecideCertificationObjectionDocument,
    "\n  query CommitteeMeetingAgenda($id: ID!) {\n    committeeMeeting(id: $id) {\n      id\n      meetingDate\n      location\n      agenda {\n        ...ApplicationFields\n      }\n    }\n  }\n": types.CommitteeMeetingAgendaDocument,
    "\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n    }\n  }\n": types.DecideApplicationDocument,
    "\n  mutation DecideAgenda($meetingId: ID!, $decisions: [DecisionInput!]!) {\n    decideAgenda(meetingId: $meetingId, decisions: $decisions) {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n    }\n  }\n": types.DecideAgendaDocument,
    "\n  fragment DeferralFields on DeferralRequest {\n    id\n    kind\n    reason\n    motivation\n    requestedOn\n    requestedDueDate\n    status\n    decidedOn\n    grantedDueDate\n    decisionReasons\n    version\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n  }\n": types.DeferralFieldsFragmentDoc,
    "\n  query MyDeferralRequests {\n    myDeferralRequests {\n      ...DeferralFields\n    }\n  }\n": types.MyDeferralRequestsDocument,
    "\n  mutation RequestDeferral($kind: DeferralKind!, $reason: DeferralReason!, $requestedDueDate: Date!, $motivation: String) {\n    requestDeferral(kind: $kind, reason: $reason, requestedDueDate: $requestedDueDate, motivation: $motivation) {\n      ...DeferralFields\n    }\n  }\n": types.RequestDeferralDocument,
    "\n  query DeferralRequests($includeDecided: Boolean!) {\n    deferralRequests(includeDecided: $includeDecided) {\n      ...DeferralFields\n    }\n  }\n": types.DeferralRequestsDocument,
    "\n  mutation DecideDeferral($id: ID!, $version: Int!, $outcome: DeferralOutcome!, $newDueDate: Date, $reasons: String) {\n    decideDeferral(id: $id, version: $version, outcome: $outcome, newDueDate: $newDueDate, reasons: $reasons) {\n      ...DeferralFields\n    }\n  }\n": types.DecideDeferralDocument,
    "\n  query MyProfile {\n    myProfile {\n      ...RegistrationCardFields\n      employments {\n        id\n        boardName\n        schoolName\n        function\n        startsOn\n        endsOn\n      }\n      developmentPlan {\n        themeId\n        code\n        name\n        addedOn\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query PlannableThemes($activeOn: Date!) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      isWildcard\n    }\n  }\n": types.PlannableThemesDocument,
    "\n  mutation SetDevelopmentPlan($themeIds: [ID!]!) {\n    setDevelopmentPlan(themeIds: $themeIds) {\n      id\n      developmentPlan {\n        themeId\n        code\n        name\n        addedOn\n      }\n    }\n  }\n": types.SetDevelopmentPlanDocument,
    "\n  query MyApplications {\n    myApplications {\n      ...ApplicationFields\n    }\n  }\n": types.MyApplicationsDocument,
    "\n  query MyApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": types.MyApplicationDocument,
    "\n  mutation CreateApplication($kind: ApplicationKind!, $input: ApplicationInput!) {\n    createApplication(kind: $kind, input: $input) {\n      ...ApplicationFields\n    }\n  }\n": types.CreateApplicationDocument,
    "\n  mutation UpdateApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {\n    updateApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n": types.UpdateApplicationDocument,
    "\n  mutation SubmitApplication($id: ID!, $version: Int!) {\n    submitApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n": types.SubmitApplicationDocument,
    "\n  mutation FileObjection($decisionId: ID!, $grounds: String!) {\n    fileObjection(decisionId: $decisionId, grounds: $grounds) {\n      id\n      status\n      filedOn\n    }\n  }\n": types.FileObjectionDocument,
    "\n  query MyLetters {\n    myLetters {\n      id\n      subject\n      datedOn\n      pdfUrl\n    }\n  }\n": types.MyLettersDocument,
    "\n  query LeaderProfile($id: ID!) {\n    leaderProfile(id: $id) {\n      ...RegistrationCardFields\n      email\n      employments {\n        id\n        boardName\n        schoolName\n        function\n        startsOn\n        endsOn\n      }\n    }\n  }\n": types.LeaderProfileDocument,
    "\n  mutation Deregister($registrationId: ID!, $version: Int!, $on: Date!, $reason: String!) {\n    deregister(registrationId: $registrationId, version: $version, on: $on, reason: $reason) {\n      ...RegistrationCardFields\n    }\n  }\n": types.DeregisterDocument,
    "\n  fragment ThemeProgressFields on ThemeProgress {\n    periodStartsOn\n    dueDate\n    themes {\n      completed\n      completedOn\n      route\n      basis\n      theme {\n        code\n        name\n      }\n      coveredSubthemes {\n        code\n        name\n      }\n      missingSubthemes {\n        code\n        name\n      }\n    }\n    evaluation {\n      eligible\n      route\n      themesCompleted\n      themesMissing\n      themesRequired\n      nextDueDate\n      newLevel\n      explanation\n    }\n  }\n": types.ThemeProgressFieldsFragmentDoc,
    "\n  query MyThemeProgress {\n    myThemeProgress {\n      ...ThemeProgressFields\n    }\n  }\n": types.MyThemeProgressDocument,
    "\n  query WhatIfReRegistration($offeringIds: [ID!]!) {\n    whatIfReRegistration(offeringIds: $offeringIds) {\n      ...ThemeProgressFields\n    }\n  }\n": types.WhatIfReRegistrationDocument,
    "\n  query CertifiedOfferings($query: String, $first: Int) {\n    certifiedOfferings(query: $query, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          owner {\n            name\n          }\n          themes {\n            code\n            name\n          }\n          subthemes {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CertifiedOfferingsDocument,
    "\n  fragment OfferingFields on Offering {\n    id\n    title\n    kind\n    description\n    hours\n    leadsToLevel\n    status\n    submittedOn\n    ownerName\n    version\n    claimedThemes {\n      code\n      name\n    }\n    claimedSubthemes {\n      code\n      name\n    }\n    currentCertification {\n      id\n      validFrom\n      validUntil\n      themes {\n        code\n        name\n      }\n      subthemes {\n        code\n        name\n      }\n    }\n    certifications {\n      id\n      outcome\n      decidedOn\n      grounds\n      validFrom\n      validUntil\n    }\n    executions {\n      id\n      startsOn\n      endsOn\n      location\n      online\n      capacity\n      version\n    }\n  }\n": types.OfferingFieldsFragmentDoc,
    "\n  query MyProvider {\n    myProvider {\n      id\n      name\n      kvkNumber\n      contactEmail\n      website\n    }\n  }\n": types.MyProviderDocument,
    "\n  query MyOfferings {\n    myOfferings {\n      ...OfferingFields\n    }\n  }\n": types.MyOfferingsDocument,
    "\n  query Offering($id: ID!) {\n    offering(id: $id) {\n      ...OfferingFields\n    }\n  }\n": types.OfferingDocument,
    "\n  query ClaimableThemes($activeOn: Date!) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      subthemes(activeOn: $activeOn) {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.ClaimableThemesDocument,
    "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) {\n      ...OfferingFields\n    }\n  }\n": types.CreateOfferingDocument,
    "\n  mutation UpdateOffering($id: ID!, $version: Int!, $input: OfferingInput!) {\n    updateOffering(id: $id, version: $version, input: $input) {\n      ...OfferingFields\n    }\n  }\n": types.UpdateOfferingDocument,
    "\n  mutation SubmitOffering($id: ID!, $version: Int!) {\n    submitOffering(id: $id, version: $version) {\n      ...OfferingFields\n    }\n  }\n": types.SubmitOfferingDocument,
    "\n  mutation PublishExecution($offeringId: ID!, $input: ExecutionInput!) {\n    publishExecution(offeringId: $offeringId, input: $input) {\n      id\n      startsOn\n      endsOn\n      location\n      online\n      capacity\n      version\n    }\n  }\n": types.PublishExecutionDocument,
    "\n  fragment CompletionReportFields on RecordCompletionsResult {\n    executionId\n    total\n    recorded\n    alreadyRecorded\n    rejected\n    rows {\n      row\n      registerNumber\n      status\n      code\n      message\n    }\n  }\n": types.CompletionReportFieldsFragmentDoc,
    "\n  query ExecutionCompletions($executionId: ID!) {\n    executionCompletions(executionId: $executionId) {\n      id\n      completedOn\n      status\n      source\n      handlingNote\n      version\n      leader {\n        id\n        displayName\n        registerNumber\n      }\n    }\n  }\n": types.ExecutionCompletionsDocument,
    "\n  mutation RecordCompletions($executionId: ID!, $completions: [CompletionInput!]!) {\n    recordCompletions(executionId: $executionId, completions: $completions) {\n      ...CompletionReportFields\n    }\n  }\n": types.RecordCompletionsDocument,
    "\n  mutation WithdrawCompletion($id: ID!, $version: Int!, $reason: String!) {\n    withdrawCompletion(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      handlingNote\n      version\n    }\n  }\n": types.WithdrawCompletionDocument,
    "\n  fragment RegistrationCardFields on LeaderProfile {\n    id\n    displayName\n    registerNumber\n    enrolledOn\n    registration {\n      id\n      version\n      title\n      aspirant\n      aspirantUntil\n      level\n      status\n      registeredOn\n      periodStartsOn\n      reRegistrationDue\n      expiresOn\n      deregisteredOn\n    }\n  }\n": types.RegistrationCardFieldsFragmentDoc,
    "\n  query ApplicationCounts {\n    applicationCounts {\n      status\n      count\n    }\n  }\n": types.ApplicationCountsDocument,
    "\n  query ApplicationQueue($status: [ApplicationStatus!], $kind: [ApplicationKind!], $first: Int, $after: String) {\n    applications(status: $status, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          status\n          submittedAt\n          version\n          leader {\n            id\n            displayName\n            registerNumber\n          }\n          meeting {\n            id\n            meetingDate\n          }\n        }\n      }\n    }\n  }\n": types.ApplicationQueueDocument,
    "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n": types.StaffApplicationDocument,
    "\n  mutation ReturnApplication($id: ID!, $message: String!, $version: Int!) {\n    returnApplication(id: $id, message: $message, version: $version) {\n      ...ApplicationFields\n    }\n  }\n": types.ReturnApplicationDocument,
    "\n  mutation MarkApplicationComplete($id: ID!, $version: Int!) {\n    markApplicationComplete(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n": types.MarkApplicationCompleteDocument,
    "\n  mutation ScheduleApplication($id: ID!, $meetingId: ID!, $version: Int!) {\n    scheduleApplication(id: $id, meetingId: $meetingId, version: $version) {\n      ...ApplicationFields\n    }\n  }\n": types.ScheduleApplicationDocument,
    "\n  mutation PlanCommitteeMeeting($meetingDate: Date!, $location: String) {\n    planCommitteeMeeting(meetingDate: $meetingDate, location: $location) {\n      id\n      meetingDate\n      location\n    }\n  }\n": types.PlanCommitteeMeetingDocument,
    "\n  query EmailOutbox($status: [EmailStatus!], $first: Int, $after: String) {\n    emailOutbox(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          toAddress\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          lastError\n        }\n      }\n    }\n  }\n": types.EmailOutboxDocument,
    "\n  query AdminThemes {\n    themes {\n      id\n      code\n      name\n      description\n      isWildcard\n      validFrom\n      validUntil\n      subthemes {\n        id\n        code\n        name\n        description\n      }\n    }\n  }\n": types.AdminThemesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyFields on ApiKey {\n    id\n    organisation\n    contactName\n    contactEmail\n    purpose\n    scopes\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n    usageCount\n  }\n"): (typeof documents)["\n  fragment ApiKeyFields on ApiKey {\n    id\n    organisation\n    contactName\n    contactEmail\n    purpose\n    scopes\n    prefix\n    createdAt\n    revokedAt\n    lastUsedAt\n    usageCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($first: Int, $after: String, $includeRevoked: Boolean) {\n    apiKeys(first: $first, after: $after, includeRevoked: $includeRevoked) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ApiKeyFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IssueApiKey($input: IssueApiKeyInput!) {\n    issueApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicationFields on Application {\n    id\n    kind\n    status\n    version\n    submittedAt\n    leaderFunction\n    requestedTitle\n    qualificationRoute\n    reRegistrationRoute\n    claimedLevel\n    evidenceDate\n    institution\n    certificationValidFrom\n    certificationValidUntil\n    enrolledOn\n    expectedEndDate\n    nvaoAccredited\n    alignedWithStandard\n    leaderNote\n    staffMessage\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n    meeting {\n      id\n      meetingDate\n      location\n    }\n    documents {\n      id\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n    decision {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n      reasons\n      isException\n      exceptionJustification\n      grantedLevel\n      objections {\n        id\n        status\n        filedOn\n        grounds\n        decidedOn\n        outcomeReasons\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ApplicationFields on Application {\n    id\n    kind\n    status\n    version\n    submittedAt\n    leaderFunction\n    requestedTitle\n    qualificationRoute\n    reRegistrationRoute\n    claimedLevel\n    evidenceDate\n    institution\n    certificationValidFrom\n    certificationValidUntil\n    enrolledOn\n    expectedEndDate\n    nvaoAccredited\n    alignedWithStandard\n    leaderNote\n    staffMessage\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n    meeting {\n      id\n      meetingDate\n      location\n    }\n    documents {\n      id\n      fileName\n      contentType\n      sizeBytes\n      uploadedAt\n    }\n    decision {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n      reasons\n      isException\n      exceptionJustification\n      grantedLevel\n      objections {\n        id\n        status\n        filedOn\n        grounds\n        decidedOn\n        outcomeReasons\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeMeetings($from: Date) {\n    committeeMeetings(from: $from) {\n      id\n      meetingDate\n      location\n      agenda {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeMeetings($from: Date) {\n    committeeMeetings(from: $from) {\n      id\n      meetingDate\n      location\n      agenda {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      email\n      displayName\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardLeaders($status: [RegistrationStatus!], $dueBefore: Date, $first: Int, $after: String) {\n    boardLeaders(status: $status, dueBefore: $dueBefore, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          registerNumber\n          employments {\n            id\n            function\n            schoolName\n            boardName\n            endsOn\n          }\n          registration {\n            id\n            title\n            aspirant\n            status\n            reRegistrationDue\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardLeaders($status: [RegistrationStatus!], $dueBefore: Date, $first: Int, $after: String) {\n    boardLeaders(status: $status, dueBefore: $dueBefore, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          displayName\n          registerNumber\n          employments {\n            id\n            function\n            schoolName\n            boardName\n            endsOn\n          }\n          registration {\n            id\n            title\n            aspirant\n            status\n            reRegistrationDue\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletionFields on Completion {\n    id\n    executionId\n    completedOn\n    source\n    status\n    handledOn\n    handlingNote\n    version\n    offeringTitle\n    ownerName\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n  }\n"): (typeof documents)["\n  fragment CompletionFields on Completion {\n    id\n    executionId\n    completedOn\n    source\n    status\n    handledOn\n    handlingNote\n    version\n    offeringTitle\n    ownerName\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCompletions {\n    myCompletions {\n      ...CompletionFields\n    }\n  }\n"): (typeof documents)["\n  query MyCompletions {\n    myCompletions {\n      ...CompletionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateOfferings {\n    certifiedOfferings(first: 100) {\n      edges {\n        node {\n          id\n          title\n          owner {\n            name\n          }\n          upcomingExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n          }\n          recentExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificateOfferings {\n    certifiedOfferings(first: 100) {\n      edges {\n        node {\n          id\n          title\n          owner {\n            name\n          }\n          upcomingExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n          }\n          recentExecutions {\n            id\n            startsOn\n            endsOn\n            location\n            online\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCertificate($executionId: ID!, $completedOn: Date!) {\n    submitCertificate(executionId: $executionId, completedOn: $completedOn) {\n      ...CompletionFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCertificate($executionId: ID!, $completedOn: Date!) {\n    submitCertificate(executionId: $executionId, completedOn: $completedOn) {\n      ...CompletionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificatesToVerify {\n    certificatesToVerify {\n      ...CompletionFields\n    }\n  }\n"): (typeof documents)["\n  query CertificatesToVerify {\n    certificatesToVerify {\n      ...CompletionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyCertificate($id: ID!, $version: Int!, $approve: Boolean!, $reason: String) {\n    verifyCertificate(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CompletionFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyCertificate($id: ID!, $version: Int!, $approve: Boolean!, $reason: String) {\n    verifyCertificate(id: $id, version: $version, approve: $approve, reason: $reason) {\n      ...CompletionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfferingsToCertify {\n    offeringsToCertify {\n      ...OfferingFields\n    }\n  }\n"): (typeof documents)["\n  query OfferingsToCertify {\n    offeringsToCertify {\n      ...OfferingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCertification($id: ID!, $version: Int!, $input: CertificationDecisionInput!) {\n    decideCertification(id: $id, version: $version, input: $input) {\n      ...OfferingFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideCertification($id: ID!, $version: Int!, $input: CertificationDecisionInput!) {\n    decideCertification(id: $id, version: $version, input: $input) {\n      ...OfferingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileCertificationObjection($certificationId: ID!, $grounds: String!) {\n    fileCertificationObjection(certificationId: $certificationId, grounds: $grounds) {\n      id\n      status\n      filedOn\n    }\n  }\n"): (typeof documents)["\n  mutation FileCertificationObjection($certificationId: ID!, $grounds: String!) {\n    fileCertificationObjection(certificationId: $certificationId, grounds: $grounds) {\n      id\n      status\n      filedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationObjections {\n    certificationObjections {\n      id\n      version\n      certificationId\n      filedOn\n      grounds\n      status\n    }\n  }\n"): (typeof documents)["\n  query CertificationObjections {\n    certificationObjections {\n      id\n      version\n      certificationId\n      filedOn\n      grounds\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCertificationObjection($id: ID!, $version: Int!, $upheld: Boolean!, $reasons: String!) {\n    decideCertificationObjection(id: $id, version: $version, upheld: $upheld, reasons: $reasons) {\n      id\n      status\n      decidedOn\n    }\n  }\n"): (typeof documents)["\n  mutation DecideCertificationObjection($id: ID!, $version: Int!, $upheld: Boolean!, $reasons: String!) {\n    decideCertificationObjection(id: $id, version: $version, upheld: $upheld, reasons: $reasons) {\n      id\n      status\n      decidedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommitteeMeetingAgenda($id: ID!) {\n    committeeMeeting(id: $id) {\n      id\n      meetingDate\n      location\n      agenda {\n        ...ApplicationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommitteeMeetingAgenda($id: ID!) {\n    committeeMeeting(id: $id) {\n      id\n      meetingDate\n      location\n      agenda {\n        ...ApplicationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n    }\n  }\n"): (typeof documents)["\n  mutation DecideApplication($input: DecisionInput!) {\n    decideApplication(input: $input) {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAgenda($meetingId: ID!, $decisions: [DecisionInput!]!) {\n    decideAgenda(meetingId: $meetingId, decisions: $decisions) {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n    }\n  }\n"): (typeof documents)["\n  mutation DecideAgenda($meetingId: ID!, $decisions: [DecisionInput!]!) {\n    decideAgenda(meetingId: $meetingId, decisions: $decisions) {\n      id\n      outcome\n      decidedOn\n      objectionDeadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeferralFields on DeferralRequest {\n    id\n    kind\n    reason\n    motivation\n    requestedOn\n    requestedDueDate\n    status\n    decidedOn\n    grantedDueDate\n    decisionReasons\n    version\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n  }\n"): (typeof documents)["\n  fragment DeferralFields on DeferralRequest {\n    id\n    kind\n    reason\n    motivation\n    requestedOn\n    requestedDueDate\n    status\n    decidedOn\n    grantedDueDate\n    decisionReasons\n    version\n    leader {\n      id\n      displayName\n      registerNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDeferralRequests {\n    myDeferralRequests {\n      ...DeferralFields\n    }\n  }\n"): (typeof documents)["\n  query MyDeferralRequests {\n    myDeferralRequests {\n      ...DeferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDeferral($kind: DeferralKind!, $reason: DeferralReason!, $requestedDueDate: Date!, $motivation: String) {\n    requestDeferral(kind: $kind, reason: $reason, requestedDueDate: $requestedDueDate, motivation: $motivation) {\n      ...DeferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDeferral($kind: DeferralKind!, $reason: DeferralReason!, $requestedDueDate: Date!, $motivation: String) {\n    requestDeferral(kind: $kind, reason: $reason, requestedDueDate: $requestedDueDate, motivation: $motivation) {\n      ...DeferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeferralRequests($includeDecided: Boolean!) {\n    deferralRequests(includeDecided: $includeDecided) {\n      ...DeferralFields\n    }\n  }\n"): (typeof documents)["\n  query DeferralRequests($includeDecided: Boolean!) {\n    deferralRequests(includeDecided: $includeDecided) {\n      ...DeferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDeferral($id: ID!, $version: Int!, $outcome: DeferralOutcome!, $newDueDate: Date, $reasons: String) {\n    decideDeferral(id: $id, version: $version, outcome: $outcome, newDueDate: $newDueDate, reasons: $reasons) {\n      ...DeferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideDeferral($id: ID!, $version: Int!, $outcome: DeferralOutcome!, $newDueDate: Date, $reasons: String) {\n    decideDeferral(id: $id, version: $version, outcome: $outcome, newDueDate: $newDueDate, reasons: $reasons) {\n      ...DeferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    myProfile {\n      ...RegistrationCardFields\n      employments {\n        id\n        boardName\n        schoolName\n        function\n        startsOn\n        endsOn\n      }\n      developmentPlan {\n        themeId\n        code\n        name\n        addedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    myProfile {\n      ...RegistrationCardFields\n      employments {\n        id\n        boardName\n        schoolName\n        function\n        startsOn\n        endsOn\n      }\n      developmentPlan {\n        themeId\n        code\n        name\n        addedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlannableThemes($activeOn: Date!) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      isWildcard\n    }\n  }\n"): (typeof documents)["\n  query PlannableThemes($activeOn: Date!) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      isWildcard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDevelopmentPlan($themeIds: [ID!]!) {\n    setDevelopmentPlan(themeIds: $themeIds) {\n      id\n      developmentPlan {\n        themeId\n        code\n        name\n        addedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDevelopmentPlan($themeIds: [ID!]!) {\n    setDevelopmentPlan(themeIds: $themeIds) {\n      id\n      developmentPlan {\n        themeId\n        code\n        name\n        addedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplications {\n    myApplications {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query MyApplications {\n    myApplications {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query MyApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApplication($kind: ApplicationKind!, $input: ApplicationInput!) {\n    createApplication(kind: $kind, input: $input) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApplication($kind: ApplicationKind!, $input: ApplicationInput!) {\n    createApplication(kind: $kind, input: $input) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {\n    updateApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateApplication($id: ID!, $version: Int!, $input: ApplicationInput!) {\n    updateApplication(id: $id, version: $version, input: $input) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApplication($id: ID!, $version: Int!) {\n    submitApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitApplication($id: ID!, $version: Int!) {\n    submitApplication(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileObjection($decisionId: ID!, $grounds: String!) {\n    fileObjection(decisionId: $decisionId, grounds: $grounds) {\n      id\n      status\n      filedOn\n    }\n  }\n"): (typeof documents)["\n  mutation FileObjection($decisionId: ID!, $grounds: String!) {\n    fileObjection(decisionId: $decisionId, grounds: $grounds) {\n      id\n      status\n      filedOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLetters {\n    myLetters {\n      id\n      subject\n      datedOn\n      pdfUrl\n    }\n  }\n"): (typeof documents)["\n  query MyLetters {\n    myLetters {\n      id\n      subject\n      datedOn\n      pdfUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderProfile($id: ID!) {\n    leaderProfile(id: $id) {\n      ...RegistrationCardFields\n      email\n      employments {\n        id\n        boardName\n        schoolName\n        function\n        startsOn\n        endsOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeaderProfile($id: ID!) {\n    leaderProfile(id: $id) {\n      ...RegistrationCardFields\n      email\n      employments {\n        id\n        boardName\n        schoolName\n        function\n        startsOn\n        endsOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Deregister($registrationId: ID!, $version: Int!, $on: Date!, $reason: String!) {\n    deregister(registrationId: $registrationId, version: $version, on: $on, reason: $reason) {\n      ...RegistrationCardFields\n    }\n  }\n"): (typeof documents)["\n  mutation Deregister($registrationId: ID!, $version: Int!, $on: Date!, $reason: String!) {\n    deregister(registrationId: $registrationId, version: $version, on: $on, reason: $reason) {\n      ...RegistrationCardFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThemeProgressFields on ThemeProgress {\n    periodStartsOn\n    dueDate\n    themes {\n      completed\n      completedOn\n      route\n      basis\n      theme {\n        code\n        name\n      }\n      coveredSubthemes {\n        code\n        name\n      }\n      missingSubthemes {\n        code\n        name\n      }\n    }\n    evaluation {\n      eligible\n      route\n      themesCompleted\n      themesMissing\n      themesRequired\n      nextDueDate\n      newLevel\n      explanation\n    }\n  }\n"): (typeof documents)["\n  fragment ThemeProgressFields on ThemeProgress {\n    periodStartsOn\n    dueDate\n    themes {\n      completed\n      completedOn\n      route\n      basis\n      theme {\n        code\n        name\n      }\n      coveredSubthemes {\n        code\n        name\n      }\n      missingSubthemes {\n        code\n        name\n      }\n    }\n    evaluation {\n      eligible\n      route\n      themesCompleted\n      themesMissing\n      themesRequired\n      nextDueDate\n      newLevel\n      explanation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyThemeProgress {\n    myThemeProgress {\n      ...ThemeProgressFields\n    }\n  }\n"): (typeof documents)["\n  query MyThemeProgress {\n    myThemeProgress {\n      ...ThemeProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIfReRegistration($offeringIds: [ID!]!) {\n    whatIfReRegistration(offeringIds: $offeringIds) {\n      ...ThemeProgressFields\n    }\n  }\n"): (typeof documents)["\n  query WhatIfReRegistration($offeringIds: [ID!]!) {\n    whatIfReRegistration(offeringIds: $offeringIds) {\n      ...ThemeProgressFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifiedOfferings($query: String, $first: Int) {\n    certifiedOfferings(query: $query, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          owner {\n            name\n          }\n          themes {\n            code\n            name\n          }\n          subthemes {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertifiedOfferings($query: String, $first: Int) {\n    certifiedOfferings(query: $query, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          owner {\n            name\n          }\n          themes {\n            code\n            name\n          }\n          subthemes {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfferingFields on Offering {\n    id\n    title\n    kind\n    description\n    hours\n    leadsToLevel\n    status\n    submittedOn\n    ownerName\n    version\n    claimedThemes {\n      code\n      name\n    }\n    claimedSubthemes {\n      code\n      name\n    }\n    currentCertification {\n      id\n      validFrom\n      validUntil\n      themes {\n        code\n        name\n      }\n      subthemes {\n        code\n        name\n      }\n    }\n    certifications {\n      id\n      outcome\n      decidedOn\n      grounds\n      validFrom\n      validUntil\n    }\n    executions {\n      id\n      startsOn\n      endsOn\n      location\n      online\n      capacity\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment OfferingFields on Offering {\n    id\n    title\n    kind\n    description\n    hours\n    leadsToLevel\n    status\n    submittedOn\n    ownerName\n    version\n    claimedThemes {\n      code\n      name\n    }\n    claimedSubthemes {\n      code\n      name\n    }\n    currentCertification {\n      id\n      validFrom\n      validUntil\n      themes {\n        code\n        name\n      }\n      subthemes {\n        code\n        name\n      }\n    }\n    certifications {\n      id\n      outcome\n      decidedOn\n      grounds\n      validFrom\n      validUntil\n    }\n    executions {\n      id\n      startsOn\n      endsOn\n      location\n      online\n      capacity\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProvider {\n    myProvider {\n      id\n      name\n      kvkNumber\n      contactEmail\n      website\n    }\n  }\n"): (typeof documents)["\n  query MyProvider {\n    myProvider {\n      id\n      name\n      kvkNumber\n      contactEmail\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOfferings {\n    myOfferings {\n      ...OfferingFields\n    }\n  }\n"): (typeof documents)["\n  query MyOfferings {\n    myOfferings {\n      ...OfferingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offering($id: ID!) {\n    offering(id: $id) {\n      ...OfferingFields\n    }\n  }\n"): (typeof documents)["\n  query Offering($id: ID!) {\n    offering(id: $id) {\n      ...OfferingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimableThemes($activeOn: Date!) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      subthemes(activeOn: $activeOn) {\n        id\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClaimableThemes($activeOn: Date!) {\n    themes(activeOn: $activeOn) {\n      id\n      code\n      name\n      subthemes(activeOn: $activeOn) {\n        id\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) {\n      ...OfferingFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOffering($input: OfferingInput!) {\n    createOffering(input: $input) {\n      ...OfferingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOffering($id: ID!, $version: Int!, $input: OfferingInput!) {\n    updateOffering(id: $id, version: $version, input: $input) {\n      ...OfferingFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOffering($id: ID!, $version: Int!, $input: OfferingInput!) {\n    updateOffering(id: $id, version: $version, input: $input) {\n      ...OfferingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitOffering($id: ID!, $version: Int!) {\n    submitOffering(id: $id, version: $version) {\n      ...OfferingFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitOffering($id: ID!, $version: Int!) {\n    submitOffering(id: $id, version: $version) {\n      ...OfferingFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishExecution($offeringId: ID!, $input: ExecutionInput!) {\n    publishExecution(offeringId: $offeringId, input: $input) {\n      id\n      startsOn\n      endsOn\n      location\n      online\n      capacity\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation PublishExecution($offeringId: ID!, $input: ExecutionInput!) {\n    publishExecution(offeringId: $offeringId, input: $input) {\n      id\n      startsOn\n      endsOn\n      location\n      online\n      capacity\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletionReportFields on RecordCompletionsResult {\n    executionId\n    total\n    recorded\n    alreadyRecorded\n    rejected\n    rows {\n      row\n      registerNumber\n      status\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment CompletionReportFields on RecordCompletionsResult {\n    executionId\n    total\n    recorded\n    alreadyRecorded\n    rejected\n    rows {\n      row\n      registerNumber\n      status\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExecutionCompletions($executionId: ID!) {\n    executionCompletions(executionId: $executionId) {\n      id\n      completedOn\n      status\n      source\n      handlingNote\n      version\n      leader {\n        id\n        displayName\n        registerNumber\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExecutionCompletions($executionId: ID!) {\n    executionCompletions(executionId: $executionId) {\n      id\n      completedOn\n      status\n      source\n      handlingNote\n      version\n      leader {\n        id\n        displayName\n        registerNumber\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCompletions($executionId: ID!, $completions: [CompletionInput!]!) {\n    recordCompletions(executionId: $executionId, completions: $completions) {\n      ...CompletionReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCompletions($executionId: ID!, $completions: [CompletionInput!]!) {\n    recordCompletions(executionId: $executionId, completions: $completions) {\n      ...CompletionReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCompletion($id: ID!, $version: Int!, $reason: String!) {\n    withdrawCompletion(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      handlingNote\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawCompletion($id: ID!, $version: Int!, $reason: String!) {\n    withdrawCompletion(id: $id, version: $version, reason: $reason) {\n      id\n      status\n      handlingNote\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationCardFields on LeaderProfile {\n    id\n    displayName\n    registerNumber\n    enrolledOn\n    registration {\n      id\n      version\n      title\n      aspirant\n      aspirantUntil\n      level\n      status\n      registeredOn\n      periodStartsOn\n      reRegistrationDue\n      expiresOn\n      deregisteredOn\n    }\n  }\n"): (typeof documents)["\n  fragment RegistrationCardFields on LeaderProfile {\n    id\n    displayName\n    registerNumber\n    enrolledOn\n    registration {\n      id\n      version\n      title\n      aspirant\n      aspirantUntil\n      level\n      status\n      registeredOn\n      periodStartsOn\n      reRegistrationDue\n      expiresOn\n      deregisteredOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationCounts {\n    applicationCounts {\n      status\n      count\n    }\n  }\n"): (typeof documents)["\n  query ApplicationCounts {\n    applicationCounts {\n      status\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicationQueue($status: [ApplicationStatus!], $kind: [ApplicationKind!], $first: Int, $after: String) {\n    applications(status: $status, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          status\n          submittedAt\n          version\n          leader {\n            id\n            displayName\n            registerNumber\n          }\n          meeting {\n            id\n            meetingDate\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApplicationQueue($status: [ApplicationStatus!], $kind: [ApplicationKind!], $first: Int, $after: String) {\n    applications(status: $status, kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          status\n          submittedAt\n          version\n          leader {\n            id\n            displayName\n            registerNumber\n          }\n          meeting {\n            id\n            meetingDate\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query StaffApplication($id: ID!) {\n    application(id: $id) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnApplication($id: ID!, $message: String!, $version: Int!) {\n    returnApplication(id: $id, message: $message, version: $version) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnApplication($id: ID!, $message: String!, $version: Int!) {\n    returnApplication(id: $id, message: $message, version: $version) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkApplicationComplete($id: ID!, $version: Int!) {\n    markApplicationComplete(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkApplicationComplete($id: ID!, $version: Int!) {\n    markApplicationComplete(id: $id, version: $version) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleApplication($id: ID!, $meetingId: ID!, $version: Int!) {\n    scheduleApplication(id: $id, meetingId: $meetingId, version: $version) {\n      ...ApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleApplication($id: ID!, $meetingId: ID!, $version: Int!) {\n    scheduleApplication(id: $id, meetingId: $meetingId, version: $version) {\n      ...ApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlanCommitteeMeeting($meetingDate: Date!, $location: String) {\n    planCommitteeMeeting(meetingDate: $meetingDate, location: $location) {\n      id\n      meetingDate\n      location\n    }\n  }\n"): (typeof documents)["\n  mutation PlanCommitteeMeeting($meetingDate: Date!, $location: String) {\n    planCommitteeMeeting(meetingDate: $meetingDate, location: $location) {\n      id\n      meetingDate\n      location\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailOutbox($status: [EmailStatus!], $first: Int, $after: String) {\n    emailOutbox(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          toAddress\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          lastError\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailOutbox($status: [EmailStatus!], $first: Int, $after: String) {\n    emailOutbox(status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          toAddress\n          subject\n          status\n          attempts\n          createdAt\n          sentAt\n          lastError\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminThemes {\n    themes {\n      id\n      code\n      name\n      description\n      isWildcard\n      validFrom\n      validUntil\n      subthemes {\n        id\n        code\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminThemes {\n    themes {\n      id\n      code\n      name\n      description\n      isWildcard\n      validFrom\n      validUntil\n      subthemes {\n        id\n        code\n        name\n        description\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;