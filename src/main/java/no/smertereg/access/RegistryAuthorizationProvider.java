package no.smertereg.access;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * The engine's default gives every new user every permission on their own Camunda user, so anyone could change
 * their profile or password through the engine's API. The registry owns user data: a user may read their own
 * Camunda user (Tasklist shows it), nothing more.
 */
public class RegistryAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newUser(User user) {
        return new AuthorizationEntity[] {
            createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ)};
    }
}
