package io.switchboard.desktop.aws;

import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** Who the connection signs in as (STS GetCallerIdentity): the cheapest check that a profile works. */
public final class Identity {
    private final ClientCache clients;

    public Identity(ClientCache clients) {
        this.clients = clients;
    }

    public CallerIdentity whoAmI() {
        GetCallerIdentityResponse response = clients.sts().getCallerIdentity();
        return new CallerIdentity(response.account(), response.arn(), response.userId());
    }

    public record CallerIdentity(String account, String arn, String userId) {
    }
}
