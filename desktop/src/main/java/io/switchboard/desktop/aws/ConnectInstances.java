package io.switchboard.desktop.aws;

import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.connect.model.InstanceSummary;
import software.amazon.awssdk.services.connect.model.ListInstancesResponse;

/** Amazon Connect, read-only: the account's instances in the connection's region (ListInstances, every page). */
public final class ConnectInstances {
    private static final int PAGE_SIZE = 10;

    private final ClientCache clients;

    public ConnectInstances(ClientCache clients) {
        this.clients = clients;
    }

    /**
     * The instances, in the order Connect lists them; empty when the account has none here.
     *
     * @throws ProblemException saying what to fix (a region without Connect, missing permission…)
     */
    public List<ConnectInstance> list() {
        ConnectionTarget target = clients.target();
        if (target.endpoint("connect").isEmpty() && !connectRunsIn(target.region())) {
            throw new ProblemException(noConnectIn(target.region()), null);
        }
        List<ConnectInstance> instances = new ArrayList<>();
        String token = null;
        try {
            do {
                String next = token;
                ListInstancesResponse page = clients.connect().listInstances(r -> r.maxResults(PAGE_SIZE).nextToken(next));
                for (InstanceSummary summary : page.instanceSummaryList()) {
                    instances.add(new ConnectInstance(summary.id(), summary.arn(),
                            summary.instanceAlias() == null ? "" : summary.instanceAlias(), summary.instanceStatusAsString()));
                }
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (AwsServiceException e) {
            throw new ProblemException(inWords(e, target), e);
        } catch (SdkClientException e) {
            if (causedBy(e, UnknownHostException.class)) {
                throw new ProblemException(noConnectIn(target.region()), e);
            }
            throw e;
        }
        return instances;
    }

    /** Whether the SDK's endpoint metadata lists Amazon Connect in {@code region}. */
    public static boolean connectRunsIn(String region) {
        return ConnectClient.serviceMetadata().regions().contains(Region.of(region));
    }

    private static Problem noConnectIn(String region) {
        return new Problem("Amazon Connect does not run in region " + region + ": connect to a region that has it"
                + " (Settings → Region, e.g. us-east-1, us-west-2, eu-west-2, eu-central-1, ap-southeast-2), or deploy"
                + " without Connect.", null);
    }

    private static Problem inWords(AwsServiceException e, ConnectionTarget target) {
        String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "" : e.awsErrorDetails().errorCode();
        if (code.equals("AccessDeniedException") || code.equals("AccessDenied") || e.statusCode() == 403
                && !code.startsWith("Expired") && !code.equals("UnrecognizedClientException")) {
            return new Problem("Profile " + target.profile() + " may not list Amazon Connect instances in " + target.region()
                    + ": grant it connect:ListInstances (and ds:DescribeDirectories), or deploy without Connect.", e.requestId());
        }
        return AwsProblems.describe(e, target);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One Amazon Connect instance.
     *
     * @param status ACTIVE, CREATION_IN_PROGRESS or CREATION_FAILED
     */
    public record ConnectInstance(String id, String arn, String alias, String status) {
        public boolean isActive() {
            return "ACTIVE".equals(status);
        }
    }
}
