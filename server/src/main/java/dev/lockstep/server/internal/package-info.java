/**
 * The server's implementation: the HTTP endpoints and the command line. Not an API; it changes without notice.
 */
@API(status = INTERNAL, since = "0.1.0")
package dev.lockstep.server.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
