/** The extension's workings: configuration, definition loading, mocks, reports and coverage. Not API. */
@API(status = INTERNAL, since = "0.1.0")
package dev.lockstep.junit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
