/**
 * What the intrinsic functions of JSONPath states and the functions Step Functions adds to JSONata have in common:
 * the hash algorithms with their hex digests, and version 4 UUIDs drawn from a seeded generator.
 */
package dev.lockstep.engine.internal.functions;
