package no.smertereg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * S12's sort orders as a unit's LU and the registry's SC page through them: every page of a short page size together
 * is the list one long page shows, each course once, in the order the column header promises (V31, V32: a unit's
 * page read from an index; the SC's national list sorted whole).
 */
class WorklistOrderIT extends IntegrationTest {

    @Test
    void everySortOrderPagesThroughTheSameListAsOneLongPage() {
        for (int i = 0; i < 10; i++) {
            long id = as("lu.haukeland").post("/api/courses", Map.of("nationalId", nextSyntheticNationalId(),
                    "departmentId", department(HAUKELAND, i % 2))).expect(201).json().path("id").asLong();
            if (i % 3 == 0) {
                finalise("lu.haukeland", id, "TO", toType3WithConsent());
            }
        }
        for (String user : List.of("lu.haukeland", "sc")) {
            for (String sort : List.of("startdate", "department", "consent")) {
                for (String direction : List.of("asc", "desc")) {
                    List<Long> whole = ids(all(user, sort, direction, 500, Integer.MAX_VALUE));
                    assertThat(ids(all(user, sort, direction, 4, 8))).as(user + " " + sort + " " + direction)
                            .isEqualTo(whole.subList(0, Math.min(whole.size(), 32)));
                    assertThat(whole).doesNotHaveDuplicates();
                }
            }
        }
        assertGroupedWithIdsAscending(all("department", "asc", 500), r -> r.path("departmentName").asText(), true);
        assertGroupedWithIdsAscending(all("department", "desc", 500), r -> r.path("departmentName").asText(), true);
        assertThat(groups(all("department", "desc", 500), r -> r.path("departmentName").asText()))
                .as("descending: the departments in the reverse order")
                .containsExactlyElementsOf(reversed(groups(all("department", "asc", 500),
                        r -> r.path("departmentName").asText())));
        assertThat(groups(all("consent", "asc", 500), r -> r.path("consent").asBoolean()))
                .as("without consent first").containsExactly(false, true);
        assertGroupedWithIdsAscending(all("consent", "asc", 500), r -> r.path("consent").asBoolean(), true);
        assertThat(groups(all("consent", "desc", 500), r -> r.path("consent").asBoolean()))
                .as("with consent first").containsExactly(true, false);
        assertGroupedWithIdsAscending(all("consent", "desc", 500), r -> r.path("consent").asBoolean(), false);
    }

    private List<JsonNode> all(String sort, String direction, int size) {
        List<JsonNode> rows = all("lu.haukeland", sort, direction, size, Integer.MAX_VALUE);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        return rows;
    }

    /**
     * The first pages of Haukeland's worklist as the user sees it, in the order asked: as many rows as the count says,
     * or as the pages hold.
     */
    private List<JsonNode> all(String user, String sort, String direction, int size, int pages) {
        List<JsonNode> rows = new ArrayList<>();
        long total = -1;
        for (int page = 0; page < pages && (total < 0 || rows.size() < total); page++) {
            Api.Response response = as(user).get("/api/worklist?unit=" + HAUKELAND + "&sort=" + sort
                    + "&direction=" + direction + "&size=" + size + "&page=" + page).expect(200);
            total = Long.parseLong(response.header("X-Total-Count"));
            if (response.json().isEmpty()) {
                break;
            }
            response.json().forEach(rows::add);
        }
        assertThat(rows).as("every course the count names").hasSize((int) Math.min(total, (long) pages * size));
        return rows;
    }

    private static <K> List<K> reversed(List<K> list) {
        List<K> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<Long> ids(List<JsonNode> rows) {
        return rows.stream().map(r -> r.path("courseId").asLong()).toList();
    }

    /** The values of the sort key in the order they come; each value once if the rows are grouped by it. */
    private static <K> List<K> groups(List<JsonNode> rows, Function<JsonNode, K> key) {
        List<K> groups = new ArrayList<>();
        rows.forEach(r -> {
            K k = key.apply(r);
            if (groups.isEmpty() || !groups.get(groups.size() - 1).equals(k)) {
                groups.add(k);
            }
        });
        return groups;
    }

    private static <K> void assertGroupedWithIdsAscending(List<JsonNode> rows, Function<JsonNode, K> key,
            boolean ascending) {
        assertThat(groups(rows, key)).as("one run of rows per value").doesNotHaveDuplicates();
        Map<K, List<Long>> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r.path("courseId")
                .asLong()));
        byKey.forEach((k, ids) -> {
            List<Long> sorted = new ArrayList<>(ids);
            sorted.sort(ascending ? java.util.Comparator.naturalOrder() : java.util.Comparator.reverseOrder());
            assertThat(ids).as("ties of " + k + " by course id").isEqualTo(sorted);
        });
    }
}
