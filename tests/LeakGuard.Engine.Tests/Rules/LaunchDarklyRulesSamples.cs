using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LaunchDarklyRulesSamples
{
    private static readonly string LaunchdarklyAccessTokenKey = FakeKey.Of("ap", "i-", FakeKey.Random(FakeKey.Hex, 8, 1), "-", FakeKey.Random(FakeKey.Hex, 4, 2), "-4", FakeKey.Random(FakeKey.Hex, 3, 3), "-a", FakeKey.Random(FakeKey.Hex, 3, 4), "-", FakeKey.Random(FakeKey.Hex, 12, 5));

    private static readonly string LaunchdarklySdkKeyKey = FakeKey.Of("sd", "k-", FakeKey.Random(FakeKey.Hex, 8, 11), "-", FakeKey.Random(FakeKey.Hex, 4, 12), "-4", FakeKey.Random(FakeKey.Hex, 3, 13), "-a", FakeKey.Random(FakeKey.Hex, 3, 14), "-", FakeKey.Random(FakeKey.Hex, 12, 15));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("launchdarkly-access-token", LaunchdarklyAccessTokenKey, "API_KEY")
        .Ignores("launchdarkly-access-token", "one character short", $"value: {LaunchdarklyAccessTokenKey[..^1]}")
        .Ignores("launchdarkly-access-token", "embedded in a longer token", "value: Q" + LaunchdarklyAccessTokenKey)
        .Ignores("launchdarkly-access-token", "the example token of Steampipe's LaunchDarkly plugin", $"LAUNCHDARKLY_ACCESS_TOKEN={FakeKey.Of("api-dd8ce121-cd11-40", "1c-be02-322b7362111d")}")
        .Finds("launchdarkly-sdk-key", LaunchdarklySdkKeyKey, "API_KEY")
        .Ignores("launchdarkly-sdk-key", "one character short", $"value: {LaunchdarklySdkKeyKey[..^1]}")
        .Ignores("launchdarkly-sdk-key", "embedded in a longer token", "value: Q" + LaunchdarklySdkKeyKey);
}
