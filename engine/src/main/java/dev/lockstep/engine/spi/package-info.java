/**
 * What users implement to extend the engine: execution listeners, and (as they land) task handlers.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package dev.lockstep.engine.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
