package no.smertereg.reports;

/** An indicator's numerator (Antall) and denominator (Totalt antall); the share is null without a denominator. */
public record Count(int numerator, int denominator) {

    public static final Count ZERO = new Count(0, 0);

    public Count {
        if (numerator < 0 || denominator < numerator) {
            throw new IllegalArgumentException("numerator " + numerator + " of " + denominator);
        }
    }

    public Double share() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** Shown only from this many courses in the denominator (small numbers are hidden on the pages). */
    public boolean shown(int minimumCourses) {
        return denominator > 0 && denominator >= minimumCourses;
    }

    /** Both counts together (of disjoint courses). */
    Count plus(Count other) {
        return new Count(numerator + other.numerator, denominator + other.denominator);
    }

    Count plus(Outcome outcome) {
        return switch (outcome) {
            case OUT -> this;
            case NO -> new Count(numerator, denominator + 1);
            case YES -> new Count(numerator + 1, denominator + 1);
        };
    }
}
