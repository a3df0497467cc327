package dev.lockstep.engine.internal.model;

/** The eight state types, with the names their history events start with. */
public enum StateType {
    PASS("Pass"),
    WAIT("Wait"),
    CHOICE("Choice"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    TASK("Task"),
    PARALLEL("Parallel"),
    MAP("Map");

    private final String awsName;

    StateType(String awsName) {
        this.awsName = awsName;
    }

    /** The type as written in definitions, e.g. {@code Pass}. */
    public String awsName() {
        return awsName;
    }

    public static StateType fromAwsName(String awsName) {
        for (StateType type : values()) {
            if (type.awsName.equals(awsName)) {
                return type;
            }
        }
        return null;
    }
}
