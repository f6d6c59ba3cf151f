package io.switchboard.desktop.connect;

import java.util.List;

/**
 * The AWS Regions where Amazon Connect runs (Amazon Connect Administrator Guide, "Amazon Connect
 * availability by Region"): what Settings offers, whether or not an AWS profile names a region.
 */
public final class ConnectRegions {
    public static final List<String> ALL = List.of(
            "af-south-1", "ap-northeast-1", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ca-central-1",
            "eu-central-1", "eu-west-2", "us-east-1", "us-gov-west-1", "us-west-2");

    private ConnectRegions() {
    }
}
