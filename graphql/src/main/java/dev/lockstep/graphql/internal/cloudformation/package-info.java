/**
 * CloudFormation, SAM and CDK templates as Lockstep reads them: the text (JSON, or YAML with the short-form tags) as a
 * tree, and the intrinsic functions resolved as CloudFormation would. Shared by the GraphQL API's template loader and
 * the JUnit extension's {@code @StateMachine(file = "template.yaml")}, so both name and resolve resources alike. Not
 * API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package dev.lockstep.graphql.internal.cloudformation;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
