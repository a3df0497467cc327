/** An AppSync-compatible GraphQL API that runs in-process. */
package dev.lockstep.graphql;
