using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BitbucketRulesSamples
{
    private static readonly string BitbucketAppPasswordKey = FakeKey.Of("AT", "BB", FakeKey.Random(FakeKey.Base62, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("bitbucket-app-password", BitbucketAppPasswordKey, "API_KEY")
        .Ignores("bitbucket-app-password", "one character short", $"value: {BitbucketAppPasswordKey[..^1]}")
        .Ignores("bitbucket-app-password", "embedded in a longer token", "value: Q" + BitbucketAppPasswordKey);
}
