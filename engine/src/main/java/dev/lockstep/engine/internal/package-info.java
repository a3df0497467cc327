/**
 * The engine's implementation: parse, validate, compile and execute. Not an API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package dev.lockstep.engine.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
