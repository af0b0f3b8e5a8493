package no.smertereg.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import no.smertereg.shared.InvalidInputException;

/** S1 and A8: identity numbers, and synthetic numbers only in demo mode. */
class NationalIdsTest {

    private static List<PersonRecord> SYNTHETIC;

    @BeforeAll
    static void generateInDemoMode() {
        new NationalIds(true);
        SYNTHETIC = SyntheticPopulationLoader.generate(5);
    }

    @AfterEach
    void restoreDemoMode() {
        new NationalIds(true);
    }

    @Test
    void demoModeAcceptsSyntheticNumbers_withOrWithoutSpaces() {
        NationalIds ids = new NationalIds(true);
        String number = SYNTHETIC.get(0).nationalId();
        assertThat(ids.validate(number)).isEqualTo(number);
        assertThat(ids.validate(number.substring(0, 6) + " " + number.substring(6))).isEqualTo(number);
    }

    @Test
    void wrongLengthOrWrongCheckDigitIsRefusedNamingTheField() {
        NationalIds ids = new NationalIds(true);
        String number = SYNTHETIC.get(1).nationalId();
        String wrongCheck = number.substring(0, 10) + ((number.charAt(10) - '0' + 1) % 10);
        assertThatThrownBy(() -> ids.validate("1234")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo("nationalId"));
        assertThatThrownBy(() -> ids.validate(wrongCheck)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageCode())
                        .isEqualTo("error.nationalId.invalid"));
    }

    @Test
    void demoModeRefusesRealNumbers_productionRefusesSyntheticOnes() {
        String real = "01010112345";
        assertThatThrownBy(() -> new NationalIds(true).validate(real))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageCode())
                        .isEqualTo("error.nationalId.realInDemo"));
        String synthetic = SYNTHETIC.get(2).nationalId();
        assertThatThrownBy(() -> new NationalIds(false).validate(synthetic))
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).messageCode())
                        .isEqualTo("error.nationalId.syntheticOutsideDemo"));
    }

    @Test
    void syntheticDNumbersAreAccepted() {
        java.util.Date birth = java.util.Date.from(java.time.LocalDate.of(1980, 5, 17)
                .atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
        String dNumber = no.bekk.bekkopen.person.FodselsnummerCalculator
                .getManySyntheticDNumberFodselsnummerForDate(birth).get(0).toString();
        assertThat(dNumber.charAt(0)).isGreaterThanOrEqualTo('4');
        assertThat(new NationalIds(true).validate(dNumber)).isEqualTo(dNumber);
    }

    @Test
    void syntheticPopulationIsDeterministicAndConsistent() {
        assertThat(SyntheticPopulationLoader.generate(5)).isEqualTo(SYNTHETIC);
        for (PersonRecord person : SYNTHETIC) {
            assertThat(NationalIds.isSynthetic(person.nationalId())).isTrue();
            assertThat(person.sex()).isIn(1, 2);
        }
    }
}
