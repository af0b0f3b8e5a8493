package no.smertereg.access;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.notification.Channel;
import no.smertereg.notification.Outbox;
import no.smertereg.shared.RegistryClock;
import no.smertereg.shared.Sha256;

/**
 * A3: the second login step. A six-digit code goes by SMS to the user's mobile (through the outbox), valid five
 * minutes; five wrong tries use it up and lock the account, as repeated wrong passwords do.
 */
@Service
@Transactional
class LoginCodes {

    enum Result { ACCEPTED, WRONG, EXPIRED, LOCKED }

    static final Duration VALID_FOR = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 5;
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final SecureRandom random = new SecureRandom();
    private final LoginCodeRepository codes;
    private final AppUserRepository users;
    private final Outbox outbox;
    private final MessageSource messages;
    private final RegistryClock clock;

    LoginCodes(LoginCodeRepository codes, AppUserRepository users, Outbox outbox, MessageSource messages,
            RegistryClock clock) {
        this.codes = codes;
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** A new code replaces any earlier one. A user without a mobile number gets none (and cannot log in). */
    void send(String username) {
        AppUser user = users.findByUsername(username).orElseThrow();
        codes.findByUserIdAndUsedFalseOrderByIdDesc(user.getId()).forEach(LoginCode::withdraw);
        if (user.getMobile() == null) {
            return;
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant now = clock.now();
        LoginCode saved = codes.save(new LoginCode(user.getId(), hash(user.getId(), now, code), now,
                now.plus(VALID_FOR)));
        String text = messages.getMessage("login.code.sms", new Object[] {code}, java.util.Locale.forLanguageTag("nb"));
        outbox.send(Channel.SMS, user.getMobile(), null, text, "login-code:" + saved.getId());
    }

    Result verify(String username, String code) {
        AppUser user = users.findByUsername(username).orElseThrow();
        Instant now = clock.now();
        LoginCode current = codes.findByUserIdAndUsedFalseOrderByIdDesc(user.getId()).stream().findFirst()
                .orElse(null);
        if (current == null || !current.isUsable(now)) {
            return Result.EXPIRED;
        }
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (current.attempt(hash(user.getId(), current.getCreatedAt(), typed), MAX_ATTEMPTS)) {
            user.recordLogin(now);
            return Result.ACCEPTED;
        }
        if (current.isUsed()) {
            user.lock(now, LOCK_FOR);
            return Result.LOCKED;
        }
        return Result.WRONG;
    }

    /** A wrong password: the account locks after five in a row, whether or not the caller learns it. */
    void passwordFailed(String username) {
        users.findByUsername(username).ifPresent(u -> u.recordFailedLogin(clock.now(), MAX_FAILED_LOGINS, LOCK_FOR));
    }

    private static String hash(Long userId, Instant createdAt, String code) {
        return Sha256.hex(userId + ":" + createdAt.toEpochMilli() + ":" + code);
    }
}
