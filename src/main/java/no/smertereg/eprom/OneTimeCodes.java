package no.smertereg.eprom;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

import no.smertereg.shared.Sha256;

/** The patient's one-time code for a form: random, easy to type, kept only as a hash. */
@Component
class OneTimeCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;

    private final SecureRandom random = new SecureRandom();

    String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    String hash(String code) {
        return Sha256.hex(code);
    }
}
