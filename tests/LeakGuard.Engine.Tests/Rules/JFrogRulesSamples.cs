using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JFrogRulesSamples
{
    private static readonly string JfrogApiKeyKey = FakeKey.Of("A", "K", "Cp", FakeKey.Random(FakeKey.Base62, 69, 1));

    private static readonly string JfrogIdentityTokenKey = FakeKey.Of("cmVm", "dGtu", "OjAxOj", FakeKey.Random(FakeKey.Base62, 50, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jfrog-api-key", JfrogApiKeyKey, "API_KEY")
        .Ignores("jfrog-api-key", "one character short", $"value: {JfrogApiKeyKey[..^1]}")
        .Ignores("jfrog-api-key", "embedded in a longer token", "value: Q" + JfrogApiKeyKey)
        .Finds("jfrog-identity-token", JfrogIdentityTokenKey, "API_KEY")
        .Ignores("jfrog-identity-token", "one character short", $"value: {JfrogIdentityTokenKey[..^1]}")
        .Ignores("jfrog-identity-token", "embedded in a longer token", "value: Q" + JfrogIdentityTokenKey);
}
