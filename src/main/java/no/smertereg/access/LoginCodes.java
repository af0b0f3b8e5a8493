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
 * minutes. Wrong codes and wrong passwords count together per account, over every code and session: the fifth in a
 * row locks the account for fifteen minutes. The account's row is locked while a try is counted, so parallel tries
 * count one by one. At most {@code registry.login.codes-per-hour} codes go to one account in an hour.
 */
@Service
@Transactional
class LoginCodes {

    enum Result { ACCEPTED, WRONG, EXPIRED, LOCKED }

    enum Sent { SENT, TOO_MANY, LOCKED }

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
    private final LoginSettings settings;

    LoginCodes(LoginCodeRepository codes, AppUserRepository users, Outbox outbox, MessageSource messages,
            RegistryClock clock, LoginSettings settings) {
        this.codes = codes;
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * A new code replaces any earlier one. A user without a mobile number gets none (and cannot log in); a locked or
     * removed account gets none; nor does one that has had its hour's codes (the last one stays valid).
     */
    Sent send(String username) {
        AppUser user = users.lockByUsername(username).orElseThrow();
        Instant now = clock.now();
        if (!user.mayLogIn(now)) {
            return Sent.LOCKED;
        }
        if (codes.countByUserIdAndCreatedAtAfter(user.getId(), now.minus(Duration.ofHours(1)))
                >= settings.getCodesPerHour()) {
            return Sent.TOO_MANY;
        }
        codes.findByUserIdAndUsedFalseOrderByIdDesc(user.getId()).forEach(LoginCode::withdraw);
        if (user.getMobile() == null) {
            return Sent.SENT;
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        LoginCode saved = codes.save(new LoginCode(user.getId(), hash(user.getId(), now, code), now,
                now.plus(VALID_FOR)));
        String text = messages.getMessage("login.code.sms", new Object[] {code}, java.util.Locale.forLanguageTag("nb"));
        outbox.send(Channel.SMS, user.getMobile(), null, text, "login-code:" + saved.getId());
        return Sent.SENT;
    }

    Result verify(String username, String code) {
        AppUser user = users.lockByUsername(username).orElseThrow();
        Instant now = clock.now();
        if (!user.mayLogIn(now)) {
            return Result.LOCKED;
        }
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
        user.recordFailedLogin(now, MAX_FAILED_LOGINS, LOCK_FOR);
        return user.isLocked(now) ? Result.LOCKED : Result.WRONG;
    }

    /** A wrong password: counts with wrong codes; the account locks at the fifth in a row. */
    void passwordFailed(String username) {
        users.lockByUsername(username).ifPresent(u -> u.recordFailedLogin(clock.now(), MAX_FAILED_LOGINS, LOCK_FOR));
    }

    private static String hash(Long userId, Instant createdAt, String code) {
        return Sha256.hex(userId + ":" + createdAt.toEpochMilli() + ":" + code);
    }
}
