package no.smertereg.access;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByExternalId(String externalId);

    /** The user's row locked to the end of the transaction: login tries of one account are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from AppUser u where u.username = ?1")
    Optional<AppUser> lockByUsername(String username);

    @Query("select u.sessionGeneration from AppUser u where u.username = ?1")
    Optional<Long> sessionGenerationOf(String username);

    @Query("select distinct u from AppUser u join u.roles r where r.unitResh = ?1 and u.removedAt is null "
            + "order by u.username")
    List<AppUser> findActiveInUnit(String unitResh);

    @Query("select distinct u from AppUser u join u.roles r where r.role = ?1 and u.removedAt is null")
    List<AppUser> findActiveWithRole(Role role);
}
