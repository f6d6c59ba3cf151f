package io.switchboard.dynamodb.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code conformance/dynamodb-moto-differences.tsv}: the differences between the engine and moto that
 * are explained, as data. Columns: side ({@code moto} when moto is the one that differs from AWS, with
 * the evidence in the reason; {@code engine} for a known engine defect; {@code unsettled} when no
 * evidence says which of the two AWS agrees with), a regular expression the
 * operation matches (e.g. {@code Query|Scan}), a regular
 * expression found in {@code REQUEST => DIFFERENCE LINE}, reason.
 */
final class KnownDifferences {
    static final String FILE = "/conformance/dynamodb-moto-differences.tsv";

    record Row(String side, Pattern operation, Pattern pattern, String reason, int line) {
        /** Whether this row explains one difference line of an answer to {@code request}. */
        boolean explains(String operation, String request, String difference) {
            return this.operation.matcher(operation).matches() && pattern.matcher(request + " => " + difference).find();
        }
    }

    private KnownDifferences() {
    }

    static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = KnownDifferences.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", 4);
                if (columns.length != 4 || !List.of("moto", "engine", "unsettled").contains(columns[0])) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": expected 'moto|engine|unsettled<TAB>operations regex<TAB>regex<TAB>reason': " + line);
                }
                rows.add(new Row(columns[0], Pattern.compile(columns[1]), Pattern.compile(columns[2]), columns[3], i + 1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
