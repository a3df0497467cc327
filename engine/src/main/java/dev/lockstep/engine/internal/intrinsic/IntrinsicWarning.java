package dev.lockstep.engine.internal.intrinsic;

/**
 * A call that compiles but is certain to fail when it runs, because of a literal argument.
 *
 * @param position zero-based index in the call text of the argument or call at fault
 * @param message what will fail and why, e.g. "argument 2 of States.Hash names the hash algorithm 'SHA-224', ..."
 */
public record IntrinsicWarning(int position, String message) {}
