/**
 * The JUnit 5 extension: {@link dev.lockstep.junit.LockstepTest @LockstepTest}, the {@link dev.lockstep.junit.Lockstep}
 * context, the {@link dev.lockstep.junit.TaskMock} DSL and {@link dev.lockstep.junit.LockstepAssertions}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
package dev.lockstep.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
