package no.smertereg.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    @Query("select distinct u from AppUser u join u.roles r where r.unitResh = ?1 and u.removedAt is null "
            + "order by u.username")
    List<AppUser> findActiveInUnit(String unitResh);

    @Query("select distinct u from AppUser u join u.roles r where r.role = ?1 and u.removedAt is null")
    List<AppUser> findActiveWithRole(Role role);
}
