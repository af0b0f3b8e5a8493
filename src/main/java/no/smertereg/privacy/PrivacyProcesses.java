package no.smertereg.privacy;

/**
 * Names shared by {@code reservation.bpmn}, {@code patient-request.bpmn} and the code. Business key: the case id
 * (reservation or request). Variables: the date received and, for requests, the kind; nothing else.
 */
public final class PrivacyProcesses {

    public static final String RESERVATION = "reservation";
    public static final String PATIENT_REQUEST = "patient-request";
    public static final String VAR_RECEIVED_ON = "receivedOn";
    public static final String VAR_KIND = "kind";
    /** The only variables of these processes (the engine's history keeps them). */
    public static final java.util.Set<String> ROUTING_VARIABLES = java.util.Set.of(VAR_RECEIVED_ON, VAR_KIND);
    public static final String TASK_REGISTER_RESERVATION = "UserTask_RegisterReservation";
    public static final String TASK_HANDLE_REQUEST = "UserTask_HandleRequest";
    /** The secretariat's Camunda group (access.Role.SECRETARIAT). */
    public static final String SECRETARIAT_GROUP = "SECRETARIAT";

    private PrivacyProcesses() {
    }
}
