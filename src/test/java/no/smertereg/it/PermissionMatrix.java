package no.smertereg.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of {@code docs/permissions.md} between {@code <!-- name:start -->} and {@code <!-- name:end -->}: the
 * first column names the request, the others the answer each user gets. The document is the test's input, so the
 * matrix a reader sees is the one the application is held to.
 */
record PermissionMatrix(List<String> columns, List<Row> rows) {

    record Row(String request, List<String> cells) {

        String method() {
            return request.substring(0, request.indexOf(' '));
        }

        String path() {
            return request.substring(request.indexOf(' ') + 1);
        }

        String expected(int column) {
            return cells.get(column);
        }
    }

    static PermissionMatrix read(String name) {
        return read("docs/permissions.md", name);
    }

    /** A table of a docs page between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
    static PermissionMatrix read(String file, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            throw new IllegalStateException(file + " holds the table this test reads", e);
        }
        int start = lines.indexOf("<!-- " + name + ":start -->");
        int end = lines.indexOf("<!-- " + name + ":end -->");
        if (start < 0 || end < start) {
            throw new IllegalStateException("no table " + name + " in " + file);
        }
        List<String> table = lines.subList(start + 1, end).stream().filter(l -> l.startsWith("|")).toList();
        List<String> header = cells(table.get(0));
        List<Row> rows = new ArrayList<>();
        for (String line : table.subList(2, table.size())) {
            List<String> cells = cells(line);
            if (cells.size() != header.size()) {
                throw new IllegalStateException("row has " + cells.size() + " cells, header " + header.size() + ": "
                        + line);
            }
            rows.add(new Row(cells.get(0).replace("`", ""), cells.subList(1, cells.size())));
        }
        return new PermissionMatrix(header.subList(1, header.size()), rows);
    }

    private static List<String> cells(String line) {
        String inner = line.trim().substring(1, line.trim().length() - 1);
        return Arrays.stream(inner.split("\\|")).map(String::trim).toList();
    }
}
