package no.smertereg.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * A4: at least 12 characters with upper and lower case letters, a digit and a symbol, not containing the username.
 * Returns the message codes of the rules a password breaks (empty when it is good).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        String candidate = password == null ? "" : password;
        if (candidate.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        if (candidate.chars().noneMatch(Character::isUpperCase) || candidate.chars().noneMatch(Character::isLowerCase)) {
            problems.add("password.cases");
        }
        if (candidate.chars().noneMatch(Character::isDigit)) {
            problems.add("password.digit");
        }
        if (candidate.chars().allMatch(Character::isLetterOrDigit)) {
            problems.add("password.symbol");
        }
        if (username != null && candidate.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("password.username");
        }
        return problems;
    }
}
