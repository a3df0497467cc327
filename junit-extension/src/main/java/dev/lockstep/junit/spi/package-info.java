/**
 * What users and other Lockstep modules implement to extend the JUnit extension: providers of injectable resources.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package dev.lockstep.junit.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
