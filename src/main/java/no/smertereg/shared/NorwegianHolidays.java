package no.smertereg.shared;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/** Norway's public holidays (helligdager, lov om helligdager og helligdagsfred): fixed dates and Easter's feasts. */
public final class NorwegianHolidays {

    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(5, 17),
            MonthDay.of(12, 25), MonthDay.of(12, 26));

    /** Days from Easter Sunday: Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension, Whitsun. */
    private static final Set<Integer> FROM_EASTER = Set.of(-3, -2, 0, 1, 39, 49, 50);

    private NorwegianHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        return FIXED.contains(MonthDay.from(day))
                || FROM_EASTER.contains((int) (day.toEpochDay() - easterSunday(day.getYear()).toEpochDay()));
    }

    /** The Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
