package no.smertereg.eprom;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.springframework.stereotype.Component;

/**
 * Which messages a deployed diagram can catch: the messages it declares, read from the diagram once per definition
 * (a definition never changes). A diagram that names a message by an expression may catch any.
 */
@Component
class DiagramMessages {

    private static final String ANY = "*";

    private final RepositoryService repository;
    private final Map<String, Set<String>> declared = new ConcurrentHashMap<>();

    DiagramMessages(RepositoryService repository) {
        this.repository = repository;
    }

    boolean mayCatch(String processDefinitionId, String message) {
        Set<String> names = declared.computeIfAbsent(processDefinitionId, this::read);
        return names.contains(message) || names.contains(ANY);
    }

    private Set<String> read(String processDefinitionId) {
        return repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(Message.class).stream()
                .map(Message::getName).filter(Objects::nonNull)
                .map(name -> name.contains("${") || name.contains("#{") ? ANY : name).collect(Collectors.toSet());
    }
}
