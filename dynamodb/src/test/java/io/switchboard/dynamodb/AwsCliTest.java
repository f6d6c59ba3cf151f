package io.switchboard.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A user poking the sandbox with the AWS CLI: botocore checks the x-amz-crc32 of every answer. */
class AwsCliTest {
    @Test
    void cli_createsPutsQueriesAndSeesAwsErrorMessages() throws Exception {
        try (DynamoDbServer server = DynamoDbServer.inMemory().start()) {
            AwsCli cli = AwsCli.against(server.endpoint());

            AwsCli.Result created = cli.dynamodb("create-table", "--table-name", "calls",
                    "--attribute-definitions", "AttributeName=caller,AttributeType=S", "AttributeName=startedAt,AttributeType=N",
                    "--key-schema", "AttributeName=caller,KeyType=HASH", "AttributeName=startedAt,KeyType=RANGE",
                    "--billing-mode", "PAY_PER_REQUEST");
            assertThat(created.exitCode()).as(created.stderr()).isZero();
            assertThat(created.json().at("/TableDescription/TableArn").asText()).isEqualTo("arn:aws:dynamodb:eu-west-2:000000000000:table/calls");

            for (String at : new String[] {"5", "40", "300"}) {
                AwsCli.Result put = cli.dynamodb("put-item", "--table-name", "calls",
                        "--item", "{\"caller\":{\"S\":\"+441\"},\"startedAt\":{\"N\":\"" + at + "\"},\"minutes\":{\"N\":\"2.50\"}}");
                assertThat(put.exitCode()).as(put.stderr()).isZero();
            }

            AwsCli.Result query = cli.dynamodb("query", "--table-name", "calls",
                    "--key-condition-expression", "caller = :c AND startedAt > :t",
                    "--expression-attribute-values", "{\":c\":{\"S\":\"+441\"},\":t\":{\"N\":\"10\"}}", "--no-scan-index-forward");
            assertThat(query.exitCode()).as(query.stderr()).isZero();
            JsonNode items = query.json().get("Items");
            assertThat(items).hasSize(2);
            assertThat(items.get(0).at("/startedAt/N").asText()).isEqualTo("300");
            assertThat(items.get(0).at("/minutes/N").asText()).isEqualTo("2.5");

            AwsCli.Result conditional = cli.dynamodb("put-item", "--table-name", "calls",
                    "--item", "{\"caller\":{\"S\":\"+441\"},\"startedAt\":{\"N\":\"5\"}}",
                    "--condition-expression", "attribute_not_exists(caller)");
            assertThat(conditional.exitCode()).isNotZero();
            assertThat(conditional.stderr()).contains("ConditionalCheckFailedException").contains("The conditional request failed");

            AwsCli.Result missing = cli.dynamodb("describe-table", "--table-name", "nope");
            assertThat(missing.stderr()).contains("ResourceNotFoundException").contains("Requested resource not found: Table: nope not found");
        }
    }
}
