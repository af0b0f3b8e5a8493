package no.smertereg.eprom;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.springframework.stereotype.Component;

/**
 * The messages of a deployed diagram, read from it once per definition (a definition never changes): those it
 * declares, and those its message events catch by name.
 */
@Component
class DiagramMessages {

    private static final String ANY = "*";

    private record Names(Set<String> declared, Set<String> caughtByEvents) {
    }

    private final RepositoryService repository;
    private final Map<String, Names> names = new ConcurrentHashMap<>();

    DiagramMessages(RepositoryService repository) {
        this.repository = repository;
    }

    /** The diagram declares the message, or names one by an expression (which may be any). */
    boolean mayCatch(String processDefinitionId, String message) {
        Set<String> declared = of(processDefinitionId).declared();
        return declared.contains(message) || declared.contains(ANY);
    }

    /** A message event of the diagram catches the message by this very name. */
    boolean catchesByEvent(String processDefinitionId, String message) {
        return of(processDefinitionId).caughtByEvents().contains(message);
    }

    private Names of(String processDefinitionId) {
        return names.computeIfAbsent(processDefinitionId, id -> read(repository.getBpmnModelInstance(id)));
    }

    private static Names read(BpmnModelInstance model) {
        Set<String> declared = model.getModelElementsByType(Message.class).stream().map(Message::getName)
                .filter(Objects::nonNull).map(name -> name.contains("${") || name.contains("#{") ? ANY : name)
                .collect(Collectors.toSet());
        Set<String> caught = model.getModelElementsByType(MessageEventDefinition.class).stream()
                .map(MessageEventDefinition::getMessage).filter(Objects::nonNull).map(Message::getName)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return new Names(declared, caught);
    }
}
