package no.smertereg.privacy;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReservationRepository extends JpaRepository<Reservation, Long> {

    List<Reservation> findByStateOrderByReceivedOnAscIdAsc(Reservation.State state);

    List<Reservation> findTop20ByStateOrderByRegisteredAtDesc(Reservation.State state);

    List<Reservation> findByPidOrderByReceivedOnAsc(Long pid);
}
