package no.smertereg.access;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.smertereg.shared.FieldProblem;
import no.smertereg.shared.InvalidInputException;
import no.smertereg.shared.RegistryClock;

/** A4: the user changes their own password (forced at first login after an initial or reset password). */
@Service
@Transactional
class PasswordChange {

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final RegistryClock clock;

    PasswordChange(AppUserRepository users, PasswordEncoder encoder, PasswordPolicy policy, RegistryClock clock) {
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * 400 naming {@code oldPassword} or {@code newPassword} with every rule broken. Answers the account's session
     * generation after the change (every session made before it ends).
     */
    long change(String username, String oldPassword, String newPassword) {
        AppUser user = users.lockByUsername(username).orElseThrow();
        List<FieldProblem> problems = new ArrayList<>();
        if (oldPassword == null || !encoder.matches(oldPassword, user.getPasswordHash())) {
            problems.add(new FieldProblem("oldPassword", "password.oldWrong", List.of()));
        }
        policy.problems(username, newPassword).forEach(code -> problems.add(new FieldProblem("newPassword", code, List.of())));
        if (newPassword != null && newPassword.equals(oldPassword)) {
            problems.add(new FieldProblem("newPassword", "password.same", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        user.setPassword(encoder.encode(newPassword), false, clock.now());
        return user.getSessionGeneration();
    }
}
