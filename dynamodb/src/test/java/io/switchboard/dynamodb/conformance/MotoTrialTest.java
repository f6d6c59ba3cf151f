package io.switchboard.dynamodb.conformance;

import org.junit.jupiter.api.Test;

class MotoTrialTest {
    @Test
    void trial() {
        MotoDynamoDb moto = MotoDynamoDb.shared();
        RecordedDynamoDbAnswers answers = RecordedDynamoDbAnswers.load();
        int n = 0;
        try (var client = Clients.dynamoDb(moto.endpoint())) {
            for (RecordedDynamoDbCase c : RecordedDynamoDbCase.loadAll()) {
                for (var v : c.run(client, answers, "trial-" + n++)) {
                    System.out.println((v.agrees() ? "AGREES " : "DIFFERS ") + v.caseId() + " " + v.detail());
                }
            }
        }
    }
}
