using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BitbucketRulesSamples
{
    private static readonly string BitbucketDataCenterKey = FakeKey.Of("BBDC", "-", FakeKey.Base64Of(FakeKey.Random("0123456789", 12, 59) + ":" + FakeKey.Random(FakeKey.Base62, 20, 60)));

    private static readonly string BitbucketAppPasswordKey = FakeKey.Of("AT", "BB", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bitbucket-app-password", BitbucketAppPasswordKey, "API_KEY")
        .Ignores("bitbucket-app-password", "one character short", $"value: {BitbucketAppPasswordKey[..^1]}")
        .Ignores("bitbucket-app-password", "embedded in a longer token", "value: Q" + BitbucketAppPasswordKey)
        .Finds("bitbucket-data-center-token", BitbucketDataCenterKey, "BITBUCKET_TOKEN")
        .Ignores("bitbucket-data-center-token", "not an id and a secret", $"value: BBDC-{FakeKey.Random(FakeKey.Base62, 44, 61)}");
}
