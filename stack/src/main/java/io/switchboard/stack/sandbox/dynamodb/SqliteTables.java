package io.switchboard.stack.sandbox.dynamodb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sqlite.SQLiteConfig;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The tables DynamoDB Local kept in its SQLite file ({@code shared-local-instance.db}), opened read-only:
 * its {@code dm} table lists the tables, and each table's rows hold the whole item as DynamoDB JSON in
 * {@code ObjectJSON}. Nothing is ever written to the file.
 */
public final class SqliteTables implements AutoCloseable {
    private final Connection connection;

    private SqliteTables(Connection connection) {
        this.connection = connection;
    }

    public static SqliteTables open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return new SqliteTables(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties()));
    }

    /** The DynamoDB tables in the file, by name. */
    public List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TableName FROM dm ORDER BY TableName")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Hands each item of {@code table} to {@code each}, in the file's order. */
    public void items(String table, Consumer<Map<String, AttributeValue>> each) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT ObjectJSON FROM \"" + table.replace("\"", "\"\"") + "\"");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                each.accept(ItemJson.parse(new String(rows.getBytes(1), java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
