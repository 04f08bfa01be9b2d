package org.coproduction.core.activity;

/** A public type that hands out a generated class, to show the architecture rule can fail. */
public final class LeakyFixture {

    private LeakyFixture() {
    }

    /**
     * A leak: the return type is the generated implementation.
     *
     * @param a  an attendance record
     * @return the same record as its generated class
     */
    public static ImmutableAttendance leak(Attendance a) {
        return (ImmutableAttendance) a;
    }
}
