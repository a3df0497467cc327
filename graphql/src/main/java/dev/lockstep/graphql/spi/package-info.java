/** What users implement: Lambda handlers, request authorizers and listeners. */
package dev.lockstep.graphql.spi;
