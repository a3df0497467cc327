package dev.lockstep.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * No activity has the given ARN (AWS: ActivityDoesNotExist, {@code Activity Does Not Exist: 'ARN'}).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public class ActivityDoesNotExistException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ActivityDoesNotExistException(String arn) {
        super("Activity Does Not Exist: '" + arn + "'");
    }
}
