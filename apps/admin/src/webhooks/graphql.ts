import { graphql } from '../gql';

export const WebhookSubscriptionFieldsFragment = graphql(`
  fragment WebhookSubscriptionFields on WebhookSubscription {
    id
    url
    events
    description
    active
    disabledAt
    disabledReason
    createdAt
    version
  }
`);

export const WebhookDeliveryFieldsFragment = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    event
    registerNumber
    occurredOn
    status
    attempts
    lastAttemptAt
    responseStatus
    lastError
    nextAttemptAt
    test
  }
`);

/** The account's own subscriptions (a board's: to its leaders). */
export const WebhookSubscriptionsQuery = graphql(`
  query WebhookSubscriptions {
    webhookSubscriptions {
      ...WebhookSubscriptionFields
    }
  }
`);

/** One subscription's deliveries, newest first, a page at a time. */
export const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries($id: ID!, $first: Int, $after: String) {
    webhookSubscription(id: $id) {
      id
      deliveries(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...NextPage
        }
        edges {
          node {
            ...WebhookDeliveryFields
          }
        }
      }
    }
  }
`);

/** Creates a subscription: the answer holds the signing secret, which is never shown again. */
export const CreateWebhookSubscriptionMutation = graphql(`
  mutation CreateWebhookSubscription($input: WebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      secret
      subscription {
        ...WebhookSubscriptionFields
      }
    }
  }
`);

export const UpdateWebhookSubscriptionMutation = graphql(`
  mutation UpdateWebhookSubscription($id: ID!, $version: Int!, $input: WebhookSubscriptionInput!) {
    updateWebhookSubscription(id: $id, version: $version, input: $input) {
      ...WebhookSubscriptionFields
    }
  }
`);

/** A new signing secret (shown once); the old one stops working. */
export const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      subscription {
        ...WebhookSubscriptionFields
      }
    }
  }
`);

export const DeleteWebhookSubscriptionMutation = graphql(`
  mutation DeleteWebhookSubscription($id: ID!) {
    deleteWebhookSubscription(id: $id)
  }
`);

export const EnableWebhookSubscriptionMutation = graphql(`
  mutation EnableWebhookSubscription($id: ID!, $version: Int!) {
    enableWebhookSubscription(id: $id, version: $version) {
      ...WebhookSubscriptionFields
    }
  }
`);

export const SendTestWebhookMutation = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);

export const ReplayWebhookDeliveryMutation = graphql(`
  mutation ReplayWebhookDelivery($id: ID!) {
    replayWebhookDelivery(id: $id) {
      ...WebhookDeliveryFields
    }
  }
`);
