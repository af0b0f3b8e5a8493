package no.smertereg.privacy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReservationRepository extends JpaRepository<Reservation, Long> {

    List<Reservation> findByStateOrderByReceivedOnAscIdAsc(Reservation.State state);

    List<Reservation> findTop20ByStateOrderByRegisteredAtDesc(Reservation.State state);

    List<Reservation> findByPidOrderByReceivedOnAsc(Long pid);

    /** The patient's open (received, not registered) case, if any: at most one (unique {@code open_pid}). */
    Optional<Reservation> findByOpenPid(Long pid);
}
