package dev.lockstep.engine.internal.validate;

/**
 * Where a diagnostic points, written as AWS writes it: {@code /}, {@code /StartAt}, {@code /States/A/Next},
 * {@code /States/C/Choices[0]/Next}. Names are not escaped: a state named {@code a/b} is {@code /States/a/b}, as
 * AWS prints it.
 */
record Location(String path) {

    static final Location ROOT = new Location("/");

    /** The location of a field inside this one. */
    Location field(String name) {
        return new Location(ROOT.path.equals(path) ? "/" + name : path + "/" + name);
    }

    /** The location of an array element inside this one. */
    Location index(int i) {
        return new Location(path + "[" + i + "]");
    }

    @Override
    public String toString() {
        return path;
    }
}
