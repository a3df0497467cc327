package dev.lockstep.engine.internal.execute;

import dev.lockstep.engine.HistoryEventType;
import dev.lockstep.engine.internal.model.StateType;

/** Which history event each state type records on entering, exiting and being aborted. */
final class Events {

    private Events() {}

    static HistoryEventType entered(StateType type) {
        switch (type) {
            case PASS:
                return HistoryEventType.PASS_STATE_ENTERED;
            case WAIT:
                return HistoryEventType.WAIT_STATE_ENTERED;
            case CHOICE:
                return HistoryEventType.CHOICE_STATE_ENTERED;
            case SUCCEED:
                return HistoryEventType.SUCCEED_STATE_ENTERED;
            case FAIL:
                return HistoryEventType.FAIL_STATE_ENTERED;
            case TASK:
                return HistoryEventType.TASK_STATE_ENTERED;
            case PARALLEL:
                return HistoryEventType.PARALLEL_STATE_ENTERED;
            case MAP:
                return HistoryEventType.MAP_STATE_ENTERED;
            default:
                throw new IllegalStateException("no entered event for " + type);
        }
    }

    /** The exited event; Fail states have none (they end the execution). */
    static HistoryEventType exited(StateType type) {
        switch (type) {
            case PASS:
                return HistoryEventType.PASS_STATE_EXITED;
            case WAIT:
                return HistoryEventType.WAIT_STATE_EXITED;
            case CHOICE:
                return HistoryEventType.CHOICE_STATE_EXITED;
            case SUCCEED:
                return HistoryEventType.SUCCEED_STATE_EXITED;
            case TASK:
                return HistoryEventType.TASK_STATE_EXITED;
            case PARALLEL:
                return HistoryEventType.PARALLEL_STATE_EXITED;
            case MAP:
                return HistoryEventType.MAP_STATE_EXITED;
            default:
                throw new IllegalStateException("no exited event for " + type);
        }
    }

    /** The aborted event, or null for state types that have none (they end at once). */
    static HistoryEventType aborted(StateType type) {
        switch (type) {
            case WAIT:
                return HistoryEventType.WAIT_STATE_ABORTED;
            case TASK:
                return HistoryEventType.TASK_STATE_ABORTED;
            case PARALLEL:
                return HistoryEventType.PARALLEL_STATE_ABORTED;
            case MAP:
                return HistoryEventType.MAP_STATE_ABORTED;
            default:
                return null;
        }
    }
}
